import { Highlighter, isEditableDocument } from './highlight/highlighter';
import type { MentionResolver, PolicyOptions } from './highlight/mention-policy';
import { runInSlices } from './schedule/slices';
import { WritePacer } from './highlight/write-pacer';
import { summariseMutations, touchedTextNodes } from './observe/page-changes';
import type { MarkWriter } from './timing-marks';

/** Entity id → mentions on the page. */
export type MentionCounts = Record<string, number>;

export interface SessionOptions extends PolicyOptions {
  /** Called after each pass with the mentions found on the page. */
  onReport?: (counts: MentionCounts) => void;
  /** Writes the pass marks. @default writes none */
  mark?: MarkWriter;
}

/**
 * Page changes are processed just before the next frame, so that new text is highlighted
 * before the browser ever lays it out: the page's own layout of it then includes the
 * highlights, instead of a second layout for them. A framework's burst of updates within
 * a frame is handled once. Where no frame comes (a hidden tab), a timer takes over after
 * this long.
 */
export const CHANGE_BATCH_MS = 150;

/**
 * Reports to the extension (the toolbar badge) at most this often: a feed that changes
 * every 100 ms would otherwise send a message each time. The last counts always go. Each
 * report costs the page about 1 ms (a new message channel per `runtime.sendMessage`), and
 * the background's badge update competes with the page for the machine's cores: once a
 * second is as often as a reader can follow a counter anyway.
 */
export const REPORT_INTERVAL_MS = 1000;

/**
 * Performance marks, written only for the test and benchmark harnesses (see
 * `timing-marks.ts`): when the content script starts (no task before it can be its
 * doing), and around each pass.
 */
export const SCRIPT_START_MARK = 'eclairage:script-start';
export const PASS_START_MARK = 'eclairage:pass-start';
export const PASS_END_MARK = 'eclairage:pass-end';
/**
 * Around each layout a long write forces (see `WritePacer`): the benchmark counts that
 * time as rendering, not as the script's, though the CPU profiler sees it in the script.
 */
export const LAYOUT_START_MARK = 'eclairage:layout-start';
export const LAYOUT_END_MARK = 'eclairage:layout-end';

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Éclairage on one page: the first full pass, then following the page as it changes, and
 * taking everything back when stopped. Passes run one at a time, each in slices.
 */
export class PageSession {
  readonly highlighter: Highlighter;
  private readonly observer: MutationObserver;
  private queue: MutationRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private lastReport = -Infinity;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private work: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    resolver: MentionResolver,
    private readonly options: SessionOptions,
    private readonly root: Node = document.body,
  ) {
    const { mark } = options;
    this.highlighter = new Highlighter(
      resolver,
      options,
      { guard: (write) => this.withoutObserving(write), reportsChanges: true },
      new WritePacer(
        mark &&
          ((start, end) => {
            mark(LAYOUT_START_MARK, start);
            mark(LAYOUT_END_MARK, end);
          }),
      ),
    );
    // The callback only queues: the work happens later, in slices. The one urgent part,
    // removing highlights whose text the page just rewrote, is a microtask, so the stale
    // text never reaches the screen.
    this.observer = new MutationObserver((records) => {
      this.highlighter.pageChanged();
      this.queue.push(...records);
      queueMicrotask(() => this.highlighter.dissolveAfter(touchedTextNodes(records)));
      this.scheduleChanges();
    });
  }

  /** Processes the queued changes before the next frame, or after a while without frames. */
  private scheduleChanges(): void {
    if (this.timer !== undefined) return;
    const run = () => {
      clearTimeout(this.timer);
      if (this.frame !== undefined) cancelAnimationFrame(this.frame);
      this.timer = undefined;
      this.frame = undefined;
      void this.enqueue(() => this.processChanges());
    };
    this.timer = setTimeout(run, CHANGE_BATCH_MS);
    this.frame = requestAnimationFrame(run);
  }

  /** The first pass over the whole page; then the page is followed. */
  start(): Promise<void> {
    this.observer.observe(this.root, OBSERVED);
    return this.enqueue(async () => {
      // Highlights left by an earlier instance of the content script (Firefox injects the
      // new version into open pages on an update) become text again, then this pass's own.
      this.highlighter.removeAll();
      await this.pass(this.root);
    });
  }

  /** Takes every highlight back and rescans the page, e.g. after an SPA navigation. */
  rescan(): Promise<void> {
    return this.enqueue(async () => {
      this.highlighter.removeAll();
      await this.pass(this.root);
    });
  }

  /** Stops following the page and takes every highlight back. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.reportTimer);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.observer.disconnect();
    this.queue = [];
    this.highlighter.removeAll();
  }

  /** Resolves when every pass asked for so far is done. */
  idle(): Promise<void> {
    return this.work;
  }

  counts(): MentionCounts {
    return Object.fromEntries(this.highlighter.policy.counts);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.work = this.work
      .then(() => (this.stopped ? undefined : task()))
      .catch((error: unknown) => {
        console.error('[Éclairage]', error);
      });
    return this.work;
  }

  private async pass(root: Node): Promise<void> {
    this.options.mark?.(PASS_START_MARK);
    await runInSlices(this.highlighter.steps(root), () => this.stopped);
    this.highlighter.registry.prune();
    this.report();
  }

  /**
   * Marks that a pass ended (the test and benchmark harnesses wait for it), and tells the
   * extension what was found.
   */
  private report(): void {
    this.options.mark?.(PASS_END_MARK);
    if (!this.options.onReport || this.reportTimer !== undefined) return;
    const wait = this.lastReport + REPORT_INTERVAL_MS - performance.now();
    const send = () => {
      this.reportTimer = undefined;
      this.lastReport = performance.now();
      if (!this.stopped) this.options.onReport?.(this.counts());
    };
    if (wait <= 0) send();
    else this.reportTimer = setTimeout(send, wait);
  }

  private withoutObserving(write: () => void): void {
    // Keep what the page did before this write; drop only what the write itself causes.
    const pending = this.observer.takeRecords();
    if (pending.length > 0) {
      this.highlighter.pageChanged();
      this.queue.push(...pending);
      this.scheduleChanges();
    }
    this.observer.disconnect();
    try {
      write();
    } finally {
      if (!this.stopped) this.observer.observe(this.root, OBSERVED);
    }
  }

  private async processChanges(): Promise<void> {
    const records = this.queue;
    this.queue = [];
    // The page turned itself into an editor: whatever we wrote is now in the user's text.
    if (isEditableDocument()) {
      if (this.highlighter.registry.size > 0) this.highlighter.removeAll();
      return;
    }
    const changes = summariseMutations(records);
    this.highlighter.dissolveAfter(changes.touchedText);
    const wasOnTopic = this.highlighter.policy.onTopic;
    if (changes.fullRescan) {
      this.highlighter.removeAll();
      await this.pass(this.root);
      return;
    }
    const removed = records.some((record) => record.removedNodes.length > 0);
    await runInSlices(this.highlighter.steps(changes.roots), () => this.stopped);
    // New text made the page on topic: ambiguous mentions seen before now count too.
    if (!wasOnTopic && this.highlighter.policy.onTopic) {
      this.highlighter.removeAll();
      await this.pass(this.root);
      return;
    }
    // Highlights leave only with nodes the page removed: without removals, nothing to forget.
    if (removed) this.highlighter.registry.prune();
    this.report();
  }
}
