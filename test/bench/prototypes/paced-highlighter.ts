/**
 * PROTOTYPE, for measurement only: the lean pass (`lean-highlighter.ts`), with its writes
 * paced by frame. The rendering a write causes (style, layout of the rewritten paragraphs,
 * pre-paint) runs in the next frame, as its own task, and grows with the text rewritten:
 * on page (b), wrapping what two 8 ms slices can wrap costs 50–130 ms of layout and
 * pre-paint in one frame. So each frame gets a budget of text to rewrite, adapted to what
 * the previous frame's rendering took, aiming at `TARGET_RENDER_MS`.
 */
import { NEXT_FRAME } from './next-frame';
import { Highlighter as LeanHighlighter } from './lean-highlighter';
import { lastRenderMs } from './paced-slices';

/** Rendering per frame to aim at: well under the 50 ms of a long task. */
const TARGET_RENDER_MS = 25;
/** Characters of rewritten blocks per frame, to start with and at least / at most. */
const INITIAL_CHARS = 16_000;
const MIN_CHARS = 1_000;
const MAX_CHARS = 400_000;

/** Measurement knob: `window.__benchPace = { chars, adaptive }` overrides the defaults. */
const knob = (globalThis as { __benchPace?: { chars: number; adaptive: boolean } }).__benchPace;

export class Highlighter extends LeanHighlighter {
  private charsPerFrame = knob?.chars ?? INITIAL_CHARS;

  protected override *paceWrites(chars: number): Generator<symbol, void, undefined> {
    this.written += chars;
    if (this.written < this.charsPerFrame) return;
    yield NEXT_FRAME;
    // Aim the next frame's budget at the target, from what this frame's rendering took.
    if (lastRenderMs > 0 && (knob?.adaptive ?? true)) {
      const scale = Math.min(2, Math.max(0.25, TARGET_RENDER_MS / lastRenderMs));
      this.charsPerFrame = Math.min(MAX_CHARS, Math.max(MIN_CHARS, this.charsPerFrame * scale));
    }
    this.written = 0;
  }

  private written = 0;
}
