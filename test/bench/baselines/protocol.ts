import type { PrecompiledMatcher } from '../../../entrypoints/content/matcher/precompiled';

/**
 * What the harness hands a baseline in the page, and the marks it expects back. A baseline
 * is bundled by `bundle.ts` and released as the page's held script, after `window.__bench`
 * (the configuration) has been set.
 */
export interface BaselineConfig {
  /** The matcher's combined pattern, as `createMatcher(dataset.entities).pattern` has it. */
  pattern?: { source: string; flags: string };
  /** Every alias text of the dataset, for the naive mark.js baseline. */
  aliases?: string[];
  /**
   * A synthetic catalogue's matcher, for the scaling runs: precompiled in Node, as `npm
   * run data` precompiles the dataset's for the content script.
   */
  matching?: PrecompiledMatcher;
}

declare global {
  interface Window {
    __bench?: BaselineConfig;
  }
}

/** Marked when the baseline starts working (after load and an idle moment, as the extension). */
export const WORK_START_MARK = 'bench:work-start';
/** Marked when it is done; `detail` is the number of highlights (or matches) it made. */
export const WORK_END_MARK = 'bench:work-end';
/** Marked if it throws; `detail` is the message. */
export const WORK_ERROR_MARK = 'bench:work-error';

/** The element the write floor wraps each match in. */
export const WRITE_FLOOR_TAG = 'bench-mark';

export function benchConfig(): BaselineConfig {
  if (!window.__bench) throw new Error('window.__bench is not set');
  return window.__bench;
}
