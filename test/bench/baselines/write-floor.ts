import { WRITE_FLOOR_TAG, benchConfig } from './protocol';
import { runBaseline } from './run-baseline';

/**
 * Baseline 3, the write floor: the scan floor's single pass, plus, in the same synchronous
 * loop, splitting each matched text node and wrapping each match in one element. No
 * bookkeeping, no slicing, no mention across elements: the least work any highlighter that
 * wraps text can do, and so the least style, layout and paint work its writes can cause.
 * @returns the number of elements written
 */
runBaseline(() => {
  const { source, flags } = benchConfig().pattern ?? { source: '(?!)', flags: 'gu' };
  const pattern = new RegExp(source, flags);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const starts: number[] = [];
  const ends: number[] = [];
  let written = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    pattern.lastIndex = 0;
    starts.length = 0;
    ends.length = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      starts.push(match.index);
      ends.push(match.index + match[0].length);
    }
    if (starts.length === 0) continue;
    // From the last match back, so that the offsets of the earlier ones stay valid.
    const rest = node.splitText(ends[ends.length - 1] as number);
    for (let i = starts.length - 1; i >= 0; i--) {
      if (i < starts.length - 1) node.splitText(ends[i] as number);
      const hit = node.splitText(starts[i] as number);
      const element = document.createElement(WRITE_FLOOR_TAG);
      hit.replaceWith(element);
      element.appendChild(hit);
      written++;
    }
    // Resume after everything written here, already searched.
    walker.currentNode = rest;
  }
  return written;
});
