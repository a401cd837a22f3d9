/**
 * Types for mark.js's ES module sources, which `mark-writer.ts` extends (the published
 * types describe only the bundled build). Only what is used is declared.
 */
declare module 'mark.js/src/lib/mark.js' {
  interface MappedTextNode {
    start: number;
    end: number;
    node: Text;
  }

  export default class MarkCore {
    constructor(ctx: Node | Node[]);
    /** Reading it gives the options merged with mark.js's defaults. */
    protected opt: { element: string; className: string };
    /** Wraps `node`'s text from `start` to `end`; returns the node of the text after it. */
    protected wrapRangeInTextNode(node: Text, start: number, end: number): Text;
    protected wrapRangeInMappedTextNode(
      dict: { value: string; nodes: MappedTextNode[] },
      start: number,
      end: number,
      filter: (node: Text) => boolean,
      each: (element: Element, start: number) => void,
    ): void;
  }
}
