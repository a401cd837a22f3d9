import type { Entity, MatchingEntity } from '../../data/schema';
import type { BrowserKind } from './browsers';
import { WRITE_FLOOR_TAG, type BaselineConfig } from './baselines/protocol';
import { baselineBundle, type PrototypeName } from './bundle';

/**
 * What runs on a page: the extension, nothing (the page's own cost, subtracted from every
 * other variant), or one of the in-page baselines.
 */
export type VariantId =
  'extension' | 'none' | 'naive' | 'scan' | 'write' | `catalogue-${number}` | 'in-page' | `prototype-${string}`;

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
  /** Runs per page at most, for a variant too slow for the full count on some pages. */
  maxRuns?: (page: string) => number;
}

/**
 * Naive mark.js takes about 90 s per run on the 2 MB pages (one walk of 27,000 text nodes
 * per keyword, ~170 keywords): one run there, so that the benchmark stays within minutes;
 * its distance to the extension is a factor of tens, far above the run-to-run noise.
 */
const NAIVE_RUNS_ON_LARGE_PAGES = 1;
const LARGE_PAGES = new Set(['b', 'c']);

/** One element per mention highlighted by the extension (a mention over `<em>` comes in pieces). */
export const EXTENSION_HIGHLIGHT = 'eclairage-mark:not([data-continued])';

export interface DatasetMatching {
  pattern: { source: string; flags: string };
  aliases: string[];
}

/** The extension, the page alone, and the three baselines, in the order of the table. */
export async function standardVariants(matching: DatasetMatching): Promise<Variant[]> {
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
    },
    {
      id: 'naive',
      label: 'naive mark.js',
      browser: 'plain',
      script: naive,
      config: { aliases: matching.aliases },
      done: 'work-end',
      highlightSelector: 'mark',
      maxRuns: (page) => (LARGE_PAGES.has(page) ? NAIVE_RUNS_ON_LARGE_PAGES : Infinity),
    },
    {
      id: 'scan',
      label: 'scan floor',
      browser: 'plain',
      script: scan,
      config: { pattern: matching.pattern },
      done: 'work-end',
      highlightSelector: '',
    },
    {
      id: 'write',
      label: 'write floor',
      browser: 'plain',
      script: write,
      config: { pattern: matching.pattern },
      done: 'work-end',
      highlightSelector: WRITE_FLOOR_TAG,
    },
    { id: 'none', label: 'page alone', browser: 'plain', script: '', done: 'idle', highlightSelector: '' },
  ];
}

/** The extension's matcher and highlighter, built in the page from a synthetic catalogue. */
export async function catalogueVariant(aliasCount: number, entities: Entity[]): Promise<Variant> {
  return {
    id: `catalogue-${aliasCount}`,
    label: `${aliasCount.toLocaleString('en-US')} aliases`,
    browser: 'plain',
    script: await baselineBundle('catalogue-highlighter'),
    config: { entities },
    done: 'work-end',
    highlightSelector: EXTENSION_HIGHLIGHT,
  };
}

/**
 * The extension's matcher and highlighter on the real aliases, run in the page, with the
 * current code (`prototype` unset: the control) or with a prototype of a change.
 */
export async function inPageVariant(entities: readonly MatchingEntity[], prototype?: PrototypeName): Promise<Variant> {
  return {
    id: prototype ? `prototype-${prototype}` : 'in-page',
    label: prototype ? `prototype: ${prototype}` : 'in-page highlighter',
    browser: 'plain',
    script: await baselineBundle('catalogue-highlighter', prototype),
    config: { entities: entities as Entity[] },
    done: 'work-end',
    highlightSelector: EXTENSION_HIGHLIGHT,
  };
}
