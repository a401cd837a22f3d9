import type { RunFigures } from './measure-run';
import type { PageSpec } from './pages/page-spec';
import { max, median } from './stats';
import type { Variant, VariantId } from './variants';

/**
 * One variant's figures on one page: medians over its runs. Script, main-thread,
 * style + layout and heap figures have the page's own cost in the same window (the median
 * of the `none` runs) taken off, so that they are the variant's cost alone; the `none`
 * row itself shows that cost.
 */
export interface Figures {
  /** DOMContentLoaded to the end of the work (ms). */
  done: number;
  /** The work itself, start mark to end mark (ms): sliced for the extension, one task for the baselines. */
  work: number;
  script: number;
  mainThread: number;
  styleLayout: number;
  /** Median over runs of each run's longest main-thread task (ms). */
  longestTask: number;
  /** The longest task of the worst run (ms). */
  worstTask: number;
  tasksOver50: number;
  observedLongTasks: number;
  highlights: number;
  heapKB: number;
  wall: number;
}

export interface VariantSummary {
  id: VariantId;
  label: string;
  runs: number;
  figures: Figures;
  raw: RunFigures[];
}

export interface FeedSummary {
  appended: number;
  /** Fewest appended mentions highlighted in a run. */
  highlightedWorst: number;
  everyMentionHighlighted: boolean;
  /** The extension's main-thread time over the window's wall time (0–1). */
  mainThreadShare: number;
  /** Last highlight after the last append (ms, median). */
  lagMs: number;
  /** The write floor's main-thread time over its wall time, when it ran (0–1). */
  writeFloorShare: number | null;
}

export interface PageSummary {
  id: string;
  title: string;
  bytes: number;
  textNodes: number;
  mentionsPlaced: number;
  splitMentions: number;
  variants: VariantSummary[];
  feed: FeedSummary | null;
}

export function summarisePage(spec: PageSpec, runs: ReadonlyMap<Variant, RunFigures[]>): PageSummary {
  const none = [...runs].find(([variant]) => variant.id === 'none')?.[1] ?? [];
  const page = {
    script: median(none.map((run) => run.script)),
    mainThread: median(none.map((run) => run.mainThread)),
    styleLayout: median(none.map((run) => run.styleLayout)),
    heap: median(none.map((run) => run.heap)),
  };
  const alone = (value: number) => (Number.isFinite(value) ? value : 0);
  const variants: VariantSummary[] = [...runs].map(([variant, figures]) => {
    const own = variant.id === 'none' ? { script: 0, mainThread: 0, styleLayout: 0, heap: 0 } : page;
    const of = (pick: (run: RunFigures) => number | null) => median(figures.map(pick));
    return {
      id: variant.id,
      label: variant.label,
      runs: figures.length,
      raw: figures,
      figures: {
        done: of((run) => run.done),
        work: of((run) => run.work),
        script: of((run) => run.script - alone(own.script)),
        mainThread: of((run) => run.mainThread - alone(own.mainThread)),
        styleLayout: of((run) => run.styleLayout - alone(own.styleLayout)),
        longestTask: of((run) => run.longestTask),
        worstTask: max(figures.map((run) => run.longestTask)),
        tasksOver50: of((run) => run.tasksOver50),
        observedLongTasks: of((run) => run.observedLongTasks),
        highlights: of((run) => run.highlights),
        heapKB: of((run) => (run.heap - alone(own.heap)) / 1024),
        wall: of((run) => run.wall),
      },
    };
  });
  const extension = variants.find((variant) => variant.id === 'extension');
  const writeFloor = variants.find((variant) => variant.id === 'write');
  return {
    id: spec.id,
    title: spec.title,
    bytes: Buffer.byteLength(spec.html),
    textNodes: median(none.map((run) => run.textNodes)),
    mentionsPlaced: spec.mentions,
    splitMentions: spec.splitMentions,
    variants,
    feed: spec.feed && extension ? summariseFeed(extension, writeFloor) : null,
  };
}

function summariseFeed(extension: VariantSummary, writeFloor: VariantSummary | undefined): FeedSummary {
  const feeds = extension.raw.map((run) => run.feed).filter((feed) => feed !== null);
  return {
    appended: median(feeds.map((feed) => feed.appended)),
    highlightedWorst: Math.min(...feeds.map((feed) => feed.highlighted)),
    everyMentionHighlighted: feeds.length > 0 && feeds.every((feed) => feed.highlighted === feed.appended),
    mainThreadShare: shareOfWall(extension),
    lagMs: median(feeds.map((feed) => feed.lastPassAfterFeed)),
    writeFloorShare: writeFloor ? shareOfWall(writeFloor) : null,
  };
}

/** A variant's main-thread time over the wall time of its window (0–1). */
function shareOfWall(variant: VariantSummary): number {
  return variant.figures.mainThread / variant.figures.wall;
}

export function variantOf(page: PageSummary | undefined, id: VariantId): Figures | undefined {
  return page?.variants.find((variant) => variant.id === id)?.figures;
}
