import { Highlighter, isEditableDocument } from './highlight/highlighter';
import type { MentionResolver, PolicyOptions } from './highlight/mention-policy';
import { runInSlices } from './schedule/slices';
import { summariseMutations, touchedTextNodes } from './observe/page-changes';

/** Entity id → mentions on the page. */
export type MentionCounts = Record<string, number>;

export interface SessionOptions extends PolicyOptions {
  /** Called after each pass with the mentions found on the page. */
  onReport?: (counts: MentionCounts) => void;
}

/**
 * How long page changes are collected before they are processed. Long enough that a
 * framework's burst of updates (a re-render, a page of infinite scroll) is handled once;
 * short enough that new text is highlighted while the reader is still arriving at it.
 */
export const CHANGE_BATCH_MS = 150;

/** Performance marks around each pass, readable from the page's performance timeline. */
export const PASS_START_MARK = 'eclairage:pass-start';
export const PASS_END_MARK = 'eclairage:pass-end';

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
  private work: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    resolver: MentionResolver,
    private readonly options: SessionOptions,
    private readonly root: Node = document.body,
  ) {
    this.highlighter = new Highlighter(resolver, options, (write) => this.withoutObserving(write));
    // The callback only queues: the work happens later, in slices. The one urgent part,
    // removing highlights whose text the page just rewrote, is a microtask, so the stale
    // text never reaches the screen.
    this.observer = new MutationObserver((records) => {
      this.queue.push(...records);
      queueMicrotask(() => this.highlighter.dissolveAfter(touchedTextNodes(records)));
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.enqueue(() => this.processChanges());
      }, CHANGE_BATCH_MS);
    });
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
    performance.mark(PASS_START_MARK);
    await runInSlices(this.highlighter.steps(root), () => this.stopped);
    this.highlighter.registry.prune();
    this.report();
  }

  /**
   * Tells the page's performance timeline that a pass ended (tests and the benchmark wait
   * for it; nothing in the page's DOM changes), and the extension what was found.
   */
  private report(): void {
    performance.mark(PASS_END_MARK, { detail: this.highlighter.registry.size });
    this.options.onReport?.(this.counts());
  }

  private withoutObserving(write: () => void): void {
    // Keep what the page did before this write; drop only what the write itself causes.
    this.queue.push(...this.observer.takeRecords());
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
    for (const root of changes.roots) {
      if (root.isConnected) await runInSlices(this.highlighter.steps(root), () => this.stopped);
    }
    // New text made the page on topic: ambiguous mentions seen before now count too.
    if (!wasOnTopic && this.highlighter.policy.onTopic) {
      this.highlighter.removeAll();
      await this.pass(this.root);
      return;
    }
    this.highlighter.registry.prune();
    this.report();
  }
}
