import type { PrecompiledMatcher } from '../../entrypoints/content/matcher/precompiled';
import type { BrowserKind } from './browsers';
import { WRITE_FLOOR_TAG, type BaselineConfig } from './baselines/protocol';
import { baselineBundle } from './bundle';

/**
 * What runs on a page: the extension, nothing (the page's own cost, subtracted from every
 * other variant), or one of the in-page baselines.
 */
export type VariantId = 'extension' | 'none' | 'naive' | 'scan' | 'write' | `catalogue-${number}`;

export interface Variant {
  id: VariantId;
  label: string;
  browser: BrowserKind;
  /** The held script's body: empty, or a baseline's bundle. */
  script: string;
  /** Set as `window.__bench` before the measured window opens. */
  config?: BaselineConfig;
  /** What says the work is over: the extension's pass mark, a baseline's mark, or load and idle. */
  done: 'pass-end' | 'work-end' | 'idle';
  /** One element per highlight; empty when the variant writes none. */
  highlightSelector: string;
  /** Runs on a page at most (0: not run there), for the slow or pointless ones. @default all */
  maxRuns?: (page: string) => number;
  /**
   * Whether to measure the retained heap it adds: two forced garbage collections, 0.6 s a
   * run on the 2 MB pages, so only where the figure is asked for.
   */
  measureHeap: boolean;
}

/**
 * Naive mark.js takes about 90 s per run on the 2 MB pages (one walk of 27,000 text nodes
 * per keyword, ~170 keywords): one run on (b), where a budget compares with it, none on
 * (c), so that the benchmark stays within minutes. Its distance to the extension is a
 * factor of tens, far above the run-to-run noise. `allBaselines` runs it everywhere.
 */
const naiveRuns =
  (allBaselines: boolean) =>
  (page: string): number =>
    allBaselines ? Infinity : page === 'b' ? 1 : page === 'c' ? 0 : Infinity;

/** Without a mention, on page (c), the write floor is the scan floor: skipped unless asked. */
const writeRuns =
  (allBaselines: boolean) =>
  (page: string): number =>
    allBaselines || page !== 'c' ? Infinity : 0;

/** One element per mention highlighted by the extension (a mention over `<em>` comes in pieces). */
export const EXTENSION_HIGHLIGHT = 'eclairage-mark:not([data-continued])';

export interface DatasetMatching {
  pattern: { source: string; flags: string };
  aliases: string[];
}

/** The extension, the three baselines and the page alone, in the order of the table. */
export async function standardVariants(matching: DatasetMatching, allBaselines = false): Promise<Variant[]> {
  const [naive, scan, write] = await Promise.all([
    baselineBundle('naive-markjs'),
    baselineBundle('scan-floor'),
    baselineBundle('write-floor'),
  ]);
  return [
    {
      id: 'extension',
      label: 'Éclairage',
      browser: 'extension',
      script: '',
      done: 'pass-end',
      highlightSelector: EXTENSION_HIGHLIGHT,
      measureHeap: true,
    },
    {
      id: 'naive',
      label: 'naive mark.js',
      browser: 'plain',
      script: naive,
      config: { aliases: matching.aliases },
      done: 'work-end',
      highlightSelector: 'mark',
      maxRuns: naiveRuns(allBaselines),
      measureHeap: false,
    },
    {
      id: 'scan',
      label: 'scan floor',
      browser: 'plain',
      script: scan,
      config: { pattern: matching.pattern },
      done: 'work-end',
      highlightSelector: '',
      measureHeap: false,
    },
    {
      id: 'write',
      label: 'write floor',
      browser: 'plain',
      script: write,
      config: { pattern: matching.pattern },
      done: 'work-end',
      highlightSelector: WRITE_FLOOR_TAG,
      maxRuns: writeRuns(allBaselines),
      measureHeap: false,
    },
    {
      id: 'none',
      label: 'page alone',
      browser: 'plain',
      script: '',
      done: 'idle',
      highlightSelector: '',
      measureHeap: true,
    },
  ];
}

/** The extension's matcher and highlighter, in the page, on a synthetic catalogue's precompiled matcher. */
export async function catalogueVariant(aliasCount: number, matching: PrecompiledMatcher): Promise<Variant> {
  return {
    id: `catalogue-${aliasCount}`,
    label: `${aliasCount.toLocaleString('en-US')} aliases`,
    browser: 'plain',
    script: await baselineBundle('catalogue-highlighter'),
    config: { matching },
    done: 'work-end',
    highlightSelector: EXTENSION_HIGHLIGHT,
    measureHeap: true,
  };
}
