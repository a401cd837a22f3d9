/**
 * PROTOTYPE, for measurement only: `entrypoints/content/schedule/slices.ts`, where a step
 * may also yield `NEXT_FRAME`: the slice ends there, and the work resumes after the next
 * frame has been rendered (or after 100 ms, for a page in a background tab, where
 * animation frames do not run).
 */
import { yieldToMain } from '../../../entrypoints/content/schedule/slices';
import { NEXT_FRAME } from './next-frame';

export { SLICE_BUDGET_MS, yieldToMain } from '../../../entrypoints/content/schedule/slices';

/** Resolves in a task after the next frame's rendering. */
export async function afterNextFrame(): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  // The rAF callback runs before the frame's style, layout and paint: the next task, after.
  await yieldToMain();
}

export async function runInSlices(
  work: Iterator<unknown>,
  isCancelled: () => boolean = () => false,
  budgetMs = 8,
): Promise<boolean> {
  for (;;) {
    if (isCancelled()) return false;
    const start = performance.now();
    let frame = false;
    do {
      const step = work.next();
      if (step.done) return true;
      if (step.value === NEXT_FRAME) {
        frame = true;
        break;
      }
    } while (performance.now() - start < budgetMs);
    await (frame ? afterNextFrame() : yieldToMain());
  }
}
