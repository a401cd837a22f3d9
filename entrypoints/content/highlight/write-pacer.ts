/**
 * How much text a long write rewrites between two frames.
 *
 * Each write of a long pass runs in one task and forces the page's layout before it
 * ends, so that the frame after it only paints: wrapping the text and laying its
 * paragraphs out again are then measured together, in our own task, and the next write
 * is sized from that. Without it the layout lands in the frame, where nothing can time
 * it, and the frame pays a fixed cost besides (about 10–15 ms of pre-paint on a 2 MB
 * page): one write per frame keeps the frames few.
 *
 * The cost per character moves with the page (long paragraphs, deep trees) and with the
 * machine (a shared 2-core machine runs up to twice slower from hour to hour), so it is
 * learnt from each write rather than fixed.
 */

/**
 * A write task, layout included, aims at this long: the frame after it (pre-paint and
 * paint, 15–30 ms on a 2 MB page) and a garbage collection landing in either still stay
 * under the 50 ms of a long task.
 */
export const WRITE_TARGET_MS = 25;

/** The first write of a pass, before anything is known: what a slow machine does in the target. */
export const FIRST_WRITE_CHARS = 40_000;

/**
 * Bounds on a write. Below the floor, frames (each with its fixed cost) would multiply;
 * above the ceiling, the frame's own share (pre-paint and paint grow with what changed)
 * would no longer fit beside a garbage collection.
 */
export const MIN_WRITE_CHARS = 10_000;
export const MAX_WRITE_CHARS = 200_000;

/** A write grows at most this much over the last one: one quick sample is not trusted far. */
const MAX_GROWTH = 2;

/** Writes shorter than this say little about the cost per character (fixed costs dominate). */
const MIN_SAMPLE_CHARS = 5_000;

/** Told when a forced layout started and ended (`performance.now()` times). */
export type LayoutObserver = (start: number, end: number) => void;

export class WritePacer {
  private budget = FIRST_WRITE_CHARS;

  /** `onLayout` hears of each layout the pacer forces (the benchmark marks them). */
  constructor(private readonly onLayout?: LayoutObserver) {}

  /** Characters the next write may rewrite. */
  get chars(): number {
    return this.budget;
  }

  /** The last write rewrote `chars` characters in `ms`, its forced layout included. */
  record(chars: number, ms: number): void {
    if (chars < MIN_SAMPLE_CHARS || !(ms > 0)) return;
    const fit = (chars * WRITE_TARGET_MS) / ms;
    this.budget = Math.round(Math.min(MAX_WRITE_CHARS, chars * MAX_GROWTH, Math.max(MIN_WRITE_CHARS, fit)));
  }

  /**
   * Lays the page out now, in this task: reading a box's geometry makes the browser bring
   * the whole document's layout up to date first.
   */
  layOut(): void {
    const start = performance.now();
    void document.documentElement.offsetHeight;
    this.onLayout?.(start, performance.now());
  }
}
