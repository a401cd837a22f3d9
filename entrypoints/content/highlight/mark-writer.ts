import MarkCore from 'mark.js/src/lib/mark.js';

/** A text node and where it lies in the joined text of the nodes handed over: mark.js's map. */
export interface MappedTextNode {
  start: number;
  end: number;
  node: Text;
}

/** The text nodes a block's mentions touch, their joined text, as mark.js maps them. */
export interface TextNodeMap {
  value: string;
  nodes: MappedTextNode[];
}

/** A range of a map's text to wrap; `template`, when given, is cloned for each piece. */
export interface WrapRange {
  start: number;
  length: number;
  template?: Element;
}

/**
 * mark.js's range wrapping, handed the map of text nodes that the scan already made.
 *
 * `markRanges` builds that map itself on every call, before it wraps anything: it merges
 * its options with 22 defaults, makes a DOM iterator over its contexts, tests each text
 * node's parent against five selectors, and writes the ranges out as JSON for a debug log
 * that is off. Called once per block with mentions, that was most of its time on a 2 MB
 * page. The scan knows the text nodes and their offsets and has already kept out every
 * element where Éclairage never writes, so this starts at the step after:
 * `wrapRangeInMappedTextNode`, which splits the text nodes a range covers and wraps each
 * piece with `wrapRangeInTextNode` (here a leaner one), as `markRanges` goes on to do.
 *
 * It builds on those members of mark.js's sources (and the `opt` setter): package.json
 * pins mark.js to the exact version, and `test/unit/highlight/pass-mechanics.test.ts`
 * fails if an update moves them.
 */
export class MarkWriter extends MarkCore {
  /** What each highlight is a shallow copy of, unless its range brings its own. */
  private baseTemplate: Element;
  /** The template of the range being wrapped. */
  private current: Element;
  /** The text nodes on each side of the element written last. */
  private before: Text | null = null;
  private after: Text | null = null;

  constructor(element: string, className: string) {
    // No contexts: they come with each map.
    super([]);
    this.opt = { element, className };
    this.baseTemplate = this.current = this.template();
  }

  get className(): string {
    return this.opt.className;
  }

  set className(className: string) {
    this.opt = { element: this.opt.element, className };
    this.baseTemplate = this.template();
  }

  /**
   * A new element carrying this writer's tag and class, to be given attributes of its own
   * and handed back as a range's `template`. Never itself written into the page.
   */
  template(): Element {
    const element = document.createElement(this.opt.element);
    element.className = this.opt.className;
    return element;
  }

  /**
   * Wraps `node`'s text from `start` to `end`; returns the node of the text after it. This
   * replaces mark.js's own, which splits the node the same way and then copies the middle
   * part's text into a new text node inside the element (the middle node is thrown away),
   * with a `data-markjs` attribute nothing here reads. Moving the middle node in instead
   * leaves the same text in the same places with fewer DOM calls per highlight, and the
   * element goes into the page once, already filled. It is a shallow copy of a template
   * that already has its class and attributes: one DOM call where setting them takes one
   * each (from a content script's isolated world, each call costs more than in the page).
   */
  protected override wrapRangeInTextNode(node: Text, start: number, end: number): Text {
    const parent = node.parentNode as Node;
    const match = node.splitText(start);
    const after = match.splitText(end - start);
    const element = this.current.cloneNode(false) as Element;
    element.appendChild(match);
    parent.insertBefore(element, after);
    this.before = node;
    this.after = after;
    return after;
  }

  /**
   * Wraps each range of `map.value` (sorted, not overlapping), calling `each` with every
   * element written and the text nodes on each side of it: a range over inline elements
   * comes in several pieces.
   */
  wrapRanges<R extends WrapRange>(
    map: TextNodeMap,
    ranges: readonly R[],
    each: (element: HTMLElement, range: R, before: Text, after: Text) => void,
  ): void {
    const originalLength = map.value.length;
    for (const range of ranges) {
      // mark.js takes each wrapped stretch out of the map's text: later offsets move back.
      const start = range.start - (originalLength - map.value.length);
      this.current = range.template ?? this.baseTemplate;
      this.wrapRangeInMappedTextNode(
        map,
        start,
        start + range.length,
        () => true,
        (element) => each(element as HTMLElement, range, this.before as Text, this.after as Text),
      );
    }
  }
}
