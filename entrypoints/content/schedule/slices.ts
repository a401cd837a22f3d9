/**
 * Long work split into slices: the page's main thread never waits on us for more than one
 * slice. Chromium reports a task over 50 ms as a long task; 8 ms leaves the page most of
 * every frame even on a slow machine.
 */
export const SLICE_BUDGET_MS = 8;

/**
 * One channel for every yield, made on first use: creating a `MessageChannel` is not free
 * (Chromium backs each one with a new message pipe, ~0.2 ms on a 2-core machine), and a
 * pass on a big page yields dozens of times.
 */
let channel: MessageChannel | undefined;
/** Yields waiting for their message, oldest first: messages arrive in order. */
const waiting: (() => void)[] = [];

/** Gives the main thread back to the page, resuming in a new task. */
export function yieldToMain(): Promise<void> {
  // A message, not setTimeout: timers are clamped to 4 ms after a few nested calls and
  // throttled in background tabs; a message channel resumes at the next task.
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/**
 * What a step yields to end its slice and resume only once the next frame is rendered:
 * DOM writes are paid for again in that frame (style, layout, paint of what changed), so
 * a writer spreads its writes over frames, not only over tasks.
 */
export const NEXT_FRAME = Symbol('next frame');

/**
 * Where no frame comes (a background tab does not render), the work resumes after this
 * long instead.
 */
const FRAME_TIMEOUT_MS = 100;

/** Resolves in a task after the next frame's rendering. */
export async function afterNextFrame(): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FRAME_TIMEOUT_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  // Animation-frame callbacks run before the frame's style, layout and paint: the next
  // task comes after them.
  await yieldToMain();
}

/**
 * Runs the steps of `work` until it is done, yielding to the page whenever a slice has
 * used its budget, or after the next frame when a step yields `NEXT_FRAME`. Each step
 * should be small (a few blocks of text).
 * @returns false when `isCancelled` stopped the work before the end
 */
export async function runInSlices(
  work: Iterator<unknown>,
  isCancelled: () => boolean = () => false,
  budgetMs = SLICE_BUDGET_MS,
): Promise<boolean> {
  for (;;) {
    if (isCancelled()) return false;
    const start = performance.now();
    let waitForFrame = false;
    do {
      const step = work.next();
      if (step.done) return true;
      if (step.value === NEXT_FRAME) waitForFrame = true;
    } while (!waitForFrame && performance.now() - start < budgetMs);
    await (waitForFrame ? afterNextFrame() : yieldToMain());
  }
}
