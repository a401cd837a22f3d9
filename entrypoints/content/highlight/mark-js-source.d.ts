/**
 * Types for mark.js's ES module sources, which `snapshot-mark.ts` extends (the published
 * types describe only the bundled build). Only what is used is declared.
 */
declare module 'mark.js/src/lib/domiterator.js' {
  export default class DOMIterator {
    constructor(ctx: unknown, iframes: boolean, exclude: string[], iframesTimeout: number);
    createIterator(ctx: Node, whatToShow: number, filter: (node: Node) => number): NodeIterator;
  }
}

declare module 'mark.js/src/lib/mark.js' {
  import type DOMIterator from 'mark.js/src/lib/domiterator.js';
  import type Mark from 'mark.js';

  export default class MarkCore {
    constructor(ctx: Node | Node[]);
    protected ctx: Node | Node[];
    protected opt: { iframes: boolean; exclude: string[]; iframesTimeout: number };
    protected get iterator(): DOMIterator;
    markRanges(ranges: Mark.Range[], options?: Mark.MarkRangesOptions): void;
  }
}
