/**
 * PROTOTYPE, for measurement only: the lean pass (`lean-highlighter.ts`), with its writes
 * paced by frame. The rendering a write causes (style, layout of the rewritten paragraphs,
 * pre-paint, paint) runs in the next frame, as a task of its own, and grows with the text
 * rewritten: on page (b), about 15 ms per frame plus 0.35 ms per rewritten paragraph, so
 * what two 8 ms slices can wrap costs 50–300 ms of rendering in one frame. Here each frame
 * gets at most `CHARS_PER_FRAME` characters of rewritten blocks; then the work waits for
 * the next frame (`NEXT_FRAME`, see `paced-slices.ts`).
 */
import { NEXT_FRAME } from './next-frame';
import { Highlighter as LeanHighlighter } from './lean-highlighter';

export * from './lean-highlighter';

/** Measurement knob: `window.__benchPace = { chars }` overrides the default. */
const knob = (globalThis as { __benchPace?: { chars: number } }).__benchPace;

/** ~40 paragraphs of a news page: ~15 + 40 × 0.35 ≈ 30 ms of rendering on page (b). */
const CHARS_PER_FRAME = knob?.chars ?? 24_000;

export class Highlighter extends LeanHighlighter {
  private written = 0;

  protected override *paceWrites(chars: number): Generator<symbol, void, undefined> {
    this.written += chars;
    if (this.written < CHARS_PER_FRAME) return;
    this.written = 0;
    yield NEXT_FRAME;
  }
}
