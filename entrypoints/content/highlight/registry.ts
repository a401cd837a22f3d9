/**
 * Every highlight Éclairage wrote, with the text nodes around it, so that it can be taken
 * back exactly.
 *
 * mark.js wraps a match by splitting its text node in three: the original node keeps the
 * text before the match, the match moves into the highlight, and a new node takes the text
 * after it. Frameworks (React, Vue…) hold the original node: taking a highlight back must
 * put the whole text back into *that* node, never `normalize()`, which would detach nodes
 * a framework holds and make it throw on its next update.
 */
export interface HighlightRecord {
  element: HTMLElement;
  /** The node before the highlight: the page's original node, or a `after` of an earlier one. */
  before: Text;
  /** The node mark.js split off after the highlight; only Éclairage knows it. */
  after: Text;
  entityId: string;
  /** A later piece of a mention split over inline elements; the first piece counts. */
  continued: boolean;
}

export class HighlightRegistry {
  private records: HighlightRecord[] = [];
  /** Records by their `before` node, to react when the page rewrites or removes that node. */
  private byBefore = new WeakMap<Text, HighlightRecord>();

  /** Tracks a highlight just written, with the text nodes its writer left on each side. */
  add(record: HighlightRecord): void {
    this.records.push(record);
    this.byBefore.set(record.before, record);
  }

  get size(): number {
    return this.records.length;
  }

  /** Live highlights, in the order they were written. */
  elements(): HTMLElement[] {
    return this.records.filter((record) => record.element.isConnected).map((record) => record.element);
  }

  /** Is this text node one Éclairage split off, or one holding a highlight's prefix? */
  isTracked(node: Text): boolean {
    return this.byBefore.has(node);
  }

  /**
   * Takes every highlight back, newest first, so that each merge finds its neighbours as
   * it left them: the page's text nodes end up exactly as they were.
   */
  removeAll(): void {
    for (let i = this.records.length - 1; i >= 0; i--) restore(this.records[i] as HighlightRecord);
    this.records = [];
    this.byBefore = new WeakMap();
  }

  /**
   * The page rewrote or removed `node`, the text before one of our highlights: whatever
   * followed it from us (the highlight and the split-off text, and the highlights chained
   * after that) still shows the old text and must go, leaving exactly what the page wrote.
   * @returns the records removed
   */
  dissolveAfter(node: Text): HighlightRecord[] {
    const removed: HighlightRecord[] = [];
    let record = this.byBefore.get(node);
    if (!record) return removed;
    while (record) {
      removed.push(record);
      this.byBefore.delete(record.before);
      record.element.remove();
      record.after.remove();
      const next: HighlightRecord | undefined = this.byBefore.get(record.after);
      record = next;
    }
    this.records = this.records.filter((candidate) => candidate.element.isConnected);
    return removed;
  }

  /** Forgets highlights the page removed from the document. */
  prune(): void {
    this.records = this.records.filter((record) => record.element.isConnected);
  }
}

function restore({ element, before, after }: HighlightRecord): void {
  if (!element.parentNode) return;
  if (element.previousSibling === before && element.nextSibling === after) {
    before.data = before.data + (element.textContent ?? '') + after.data;
    element.remove();
    after.remove();
  } else {
    // The page moved things around: keep its text where it now is, without the wrapper.
    element.replaceWith(document.createTextNode(element.textContent ?? ''));
  }
}
