import { benchConfig } from './protocol';
import { runBaseline } from './run-baseline';

/**
 * Baseline 2, the scan floor: one TreeWalker pass over every text node of the body,
 * testing the matcher's combined pattern, and nothing else: no DOM writes, no bookkeeping.
 * No highlighter can find the mentions with less script time.
 * @returns the number of matches
 */
runBaseline(() => {
  const { source, flags } = benchConfig().pattern ?? { source: '(?!)', flags: 'gu' };
  const pattern = new RegExp(source, flags);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let matches = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    pattern.lastIndex = 0;
    while (pattern.test(text)) matches++;
  }
  return matches;
});
