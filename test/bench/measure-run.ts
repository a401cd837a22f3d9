import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  LAYOUT_END_MARK,
  LAYOUT_START_MARK,
  PASS_END_MARK,
  PASS_START_MARK,
  SCRIPT_START_MARK,
} from '../../entrypoints/content/page-session';
import { WORK_END_MARK, WORK_ERROR_MARK, WORK_START_MARK } from './baselines/protocol';
import { ExtensionFetches } from './extension-fetches';
import { enableMetrics, metricsBetween, readMetrics, readRetainedHeap } from './metrics';
import {
  pageDelay,
  readPageFacts,
  waitForLoadAndIdle,
  waitForMark,
  waitForQuietAfter,
  waitForRenderedContent,
  waitForTwoFrames,
  type MarkEntry,
} from './page-probes';
import { FEED_END_PROMISE, type FeedEnd } from './pages/infinite-scroll';
import { HELD_SCRIPT } from './pages/page-shell';
import type { PageSpec } from './pages/page-spec';
import type { BrowserKind } from './browsers';
import type { BenchServer } from './server';
import { scriptTime, startProfiler, stopProfiler, type RawProfile } from './profiler';
import {
  markedSpans,
  startTrace,
  traceOffset,
  stopTrace,
  tasksAfterAnchor,
  tasksOfVariant,
  type TraceEvent,
} from './trace';
import type { Variant } from './variants';

/** Written by the harness when the measured window opens: places the trace's tasks in page time. */
const WINDOW_MARK = 'bench:window';

/**
 * How long the extension must stay quiet after the feed's last append before the run ends:
 * its change batching (`CHANGE_BATCH_MS`, 150 ms) plus a pass, with room to spare.
 */
const FEED_QUIET_MS = 600;

/** Everything measured in one run: one fresh page, one variant. Times in ms, heap in bytes. */
export interface RunFigures {
  /** Wall time of the measured window. */
  wall: number;
  /**
   * Main-thread JavaScript and GC, every world, from the CPU profiler (see `profiler.ts`):
   * style and layout a script forces are not in it (see `forcedRendering`).
   */
  script: number;
  /** Style and layout forced by scripts (their samples fell in it): in `mainThread`, not `script`. */
  forcedRendering: number;
  /** Of which in the variant's own code: the extension's files, or the baseline's script. */
  ownScript: number;
  gc: number;
  /** Script time by file: `content.js`, `card-ui.js`, `held.js`, '' for GC and native callers. */
  scriptByFile: Record<string, number>;
  /** `Performance.getMetrics`' ScriptDuration, kept to show what it misses. */
  cdpScriptDuration: number;
  /** Every main-thread task: script, style, layout, paint, GC… */
  mainThread: number;
  styleLayout: number;
  /** Retained JS heap added (after GC at both ends); NaN when not measured. */
  heap: number;
  /** From DOMContentLoaded (when a content script may start) to the end of the work. */
  done: number | null;
  /** The extension's first pass, or a baseline's work, from its start mark to its end mark. */
  work: number | null;
  /** The longest main-thread task from the variant's start on (from the trace; see `measureRun`). */
  longestTask: number;
  /** Tasks over 50 ms, from the trace. */
  tasksOver50: number;
  /** Long tasks the page's own `PerformanceObserver` saw in the window. */
  observedLongTasks: number;
  highlights: number;
  /** Mentions appended by a feed page, and how many of them were highlighted. */
  feed: { appended: number; highlighted: number; settled: boolean; lastPassAfterFeed: number | null } | null;
  textNodes: number;
  /** Extension files the page fetched (the card bundle, once something is highlighted). */
  extensionFetches: string[];
  errors: string[];
}

export interface RunSetup {
  server: BenchServer;
  contexts: Record<BrowserKind, BrowserContext>;
  /** Where to write each run's CPU profile and detailed trace (`--dump`). @default nowhere */
  dumpDir?: string;
}

/**
 * One run: a fresh page, parsed and rendered while its held script waits; the "before"
 * figures; the release; the work; two frames for the rendering it caused; the "after"
 * figures. The page's load cost is outside the window, identical for every variant; what
 * is inside is the variant's work, plus the little the page alone does then (the `none`
 * variant measures that, and the summary subtracts it).
 */
export async function measureRun(setup: RunSetup, spec: PageSpec, variant: Variant, runIndex = 0): Promise<RunFigures> {
  const context = setup.contexts[variant.browser];
  if (!context) throw new Error(`No browser for ${variant.label}`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    const cdp = await page.context().newCDPSession(page);
    await enableMetrics(cdp);
    const fetches = new ExtensionFetches(cdp);
    await fetches.enable();
    const run = setup.server.newRun(spec.id);
    await page.goto(run.url, { waitUntil: 'commit' });
    await waitForRenderedContent(page);
    if (variant.config) await page.evaluate((config) => void (window.__bench = config), variant.config);

    const heapBefore = variant.measureHeap ? await readRetainedHeap(cdp) : Number.NaN;
    await startTrace(cdp, setup.dumpDir !== undefined);
    const windowStart = await page.evaluate((name) => performance.mark(name).startTime, WINDOW_MARK);
    await startProfiler(cdp);
    const before = await readMetrics(cdp);
    run.release(variant.script);

    const feed = spec.feed ? await waitForFeed(page, variant) : null;
    if (!spec.feed) await waitForWork(page, variant);
    await waitForTwoFrames(page);
    if (fetches.urls.length > 0) {
      // The card bundle: its load, then its compile and run, then what it renders.
      await fetches.settled();
      await waitForTwoFrames(page);
      await waitForLoadAndIdle(page);
    }

    const after = await readMetrics(cdp);
    const rawProfile = await stopProfiler(cdp);
    const trace = await stopTrace(cdp);
    if (setup.dumpDir !== undefined)
      dumpRun(setup.dumpDir, `${spec.id}-${variant.id}-${runIndex + 1}`, rawProfile, trace);
    const heapAfter = variant.measureHeap ? await readRetainedHeap(cdp) : Number.NaN;
    const facts = await readPageFacts(page, variant.highlightSelector);
    await cdp.detach();
    // Layouts the extension forces (it marks them): rendering, though the profiler sees
    // them in its script (see `scriptTime`).
    const offset = traceOffset(trace, WINDOW_MARK, windowStart);
    const forcedLayouts = offset === null ? [] : markedSpans(facts.marks, LAYOUT_START_MARK, LAYOUT_END_MARK, offset);
    const profile = scriptTime(
      rawProfile,
      (url) => (variant.browser === 'plain' ? url.endsWith(`/${HELD_SCRIPT}`) : url.startsWith('chrome-extension://')),
      forcedLayouts,
    );

    const between = metricsBetween(before, after);
    const mark = (name: string) => facts.marks.find((entry) => entry.name === name);
    // The page finishes parsing in the window (the held script held it), then renders what
    // it parsed: those tasks are the page's, the same in every variant. The variant's are
    // picked by what ran in them and when the page first changed (see `tasksOfVariant`),
    // from its first line on: the content script's start mark, or a baseline's start.
    const variantStart =
      variant.browser === 'extension'
        ? mark(SCRIPT_START_MARK)
        : variant.done === 'idle'
          ? undefined
          : mark(WORK_START_MARK);
    const from = Math.max(facts.domContentLoaded, variantStart?.startTime ?? Number.NEGATIVE_INFINITY);
    const afterLoad = tasksAfterAnchor(trace, WINDOW_MARK, windowStart).filter(
      (task) => task.start >= facts.domContentLoaded,
    );
    // The page alone: all of its tasks, for comparison.
    const tasks =
      variant.done === 'idle' ? afterLoad : tasksOfVariant(afterLoad, profile.ownSampleTimes, from, facts.firstChange);
    const [start, end] =
      variant.done === 'pass-end' ? [PASS_START_MARK, PASS_END_MARK] : [WORK_START_MARK, WORK_END_MARK];
    const endMark = variant.done === 'pass-end' ? lastMark(facts.marks, PASS_END_MARK) : mark(end);
    const workEnd = mark(WORK_END_MARK);
    return {
      wall: between.timestamp,
      script: profile.script,
      ownScript: profile.own,
      gc: profile.gc,
      forcedRendering: profile.forcedRendering,
      scriptByFile: profile.byFile,
      cdpScriptDuration: between.script,
      mainThread: between.task,
      styleLayout: between.layout + between.style,
      heap: heapAfter - heapBefore,
      done: endMark && variant.done !== 'idle' ? endMark.startTime - facts.domContentLoaded : null,
      work: spanBetween(mark(start), mark(end)),
      longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
      tasksOver50: tasks.filter((task) => task.duration > 50).length,
      observedLongTasks: facts.longTasks.filter(([startTime]) => startTime >= facts.domContentLoaded).length,
      highlights: variant.highlightSelector
        ? facts.highlights
        : typeof workEnd?.detail === 'number'
          ? workEnd.detail
          : 0,
      feed: feed && {
        ...feed,
        highlighted: facts.feedHighlights,
        lastPassAfterFeed: feed.feedEnd === null || !endMark ? null : endMark.startTime - feed.feedEnd,
      },
      textNodes: facts.textNodes,
      extensionFetches: fetches.urls.map((url) => new URL(url).pathname),
      errors,
    };
  } finally {
    await page.close();
  }
}

async function waitForWork(page: Page, variant: Variant): Promise<void> {
  if (variant.done === 'idle') return waitForLoadAndIdle(page);
  const names = variant.done === 'pass-end' ? [PASS_END_MARK] : [WORK_END_MARK, WORK_ERROR_MARK];
  const mark = await waitForMark(page, names);
  if (mark.name === WORK_ERROR_MARK) throw new Error(`${variant.label} failed in the page: ${String(mark.detail)}`);
}

/** The feed appends for its whole length; the extension then gets to finish. */
async function waitForFeed(
  page: Page,
  variant: Variant,
): Promise<{ appended: number; settled: boolean; feedEnd: number | null }> {
  const end = await page.evaluate(
    (name) => (window as unknown as Record<string, Promise<FeedEnd>>)[name] as Promise<FeedEnd>,
    FEED_END_PROMISE,
  );
  const appended = end.mentions;
  let settled = true;
  if (variant.done === 'pass-end') settled = await waitForQuietAfter(page, PASS_END_MARK, end.startTime, FEED_QUIET_MS);
  else await pageDelay(page, FEED_QUIET_MS);
  return { appended, settled, feedEnd: end.startTime };
}

function lastMark(marks: readonly MarkEntry[], name: string): MarkEntry | undefined {
  return marks.filter((entry) => entry.name === name).at(-1);
}

function spanBetween(start: MarkEntry | undefined, end: MarkEntry | undefined): number | null {
  return start && end ? end.startTime - start.startTime : null;
}

/**
 * Writes a run's CPU profile (`.cpuprofile`, which Chrome DevTools' performance panel and
 * speedscope open) and trace (`.trace.json`, for DevTools or Perfetto).
 */
function dumpRun(dir: string, name: string, profile: RawProfile, trace: readonly TraceEvent[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  writeFileSync(join(dir, `${name}.trace.json`), JSON.stringify({ traceEvents: trace }));
}
