import { WRITE_FLOOR_TAG, benchConfig } from './protocol';
import { runBaseline } from './run-baseline';

/**
 * Baseline 3, the write floor: the scan floor's single pass, plus, in the same synchronous
 * loop, splitting each matched text node and wrapping each match in one element. No
 * bookkeeping, no slicing, no mention across elements: the least work any highlighter that
 * wraps text can do, and so the least style, layout and paint work its writes can cause.
 *
 * On a page that keeps adding content (the feed), it then wraps what each change added, in
 * the page's own task (a mutation observer's callback, before the browser ever lays the new
 * text out): the least any highlighter that follows a page can cost there.
 * @returns the number of elements written by the first pass
 */
runBaseline(() => {
  const { source, flags } = benchConfig().pattern ?? { source: '(?!)', flags: 'gu' };
  const pattern = new RegExp(source, flags);
  const starts: number[] = [];
  const ends: number[] = [];

  /** Wraps the matches of one text node; returns the node after them, already searched. */
  const wrapText = (node: Text): { rest: Text | null; written: number } => {
    const text = node.data;
    pattern.lastIndex = 0;
    starts.length = 0;
    ends.length = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
    }
    if (starts.length === 0) return { rest: null, written: 0 };
    // From the last match back, so that the offsets of the earlier ones stay valid.
    const rest = node.splitText(ends[ends.length - 1] as number);
    for (let i = starts.length - 1; i >= 0; i--) {
      if (i < starts.length - 1) node.splitText(ends[i] as number);
      const hit = node.splitText(starts[i] as number);
      const element = document.createElement(WRITE_FLOOR_TAG);
      hit.replaceWith(element);
      element.appendChild(hit);
    }
    return { rest, written: starts.length };
  };

  const wrapUnder = (root: Node): number => {
    if (root.nodeType === Node.TEXT_NODE) return wrapText(root as Text).written;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let written = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const { rest, written: here } = wrapText(node);
      written += here;
      // Resume after everything written here.
      if (rest) walker.currentNode = rest;
    }
    return written;
  };

  const written = wrapUnder(document.body);
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => void wrapUnder(node));
    // Its own writes are not changes to follow.
    observer.takeRecords();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return written;
});
