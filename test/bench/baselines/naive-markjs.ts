import Mark from 'mark.js';
import { benchConfig } from './protocol';
import { runBaseline } from './run-baseline';

/**
 * Baseline 1, naive mark.js: `mark(allAliases)` on the whole body with mark.js's default
 * options (diacritics, separate word search, partial accuracy). mark.js walks the whole
 * DOM once per keyword: this is what a highlighter built the obvious way costs.
 */
runBaseline(
  () =>
    new Promise<number>((resolve) => {
      let count = 0;
      new Mark(document.body).mark(benchConfig().aliases ?? [], {
        each: () => count++,
        done: () => resolve(count),
      });
    }),
);
