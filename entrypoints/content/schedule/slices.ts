/**
 * Long work split into slices: the page's main thread never waits on us for more than one
 * slice. Chromium reports a task over 50 ms as a long task; 8 ms leaves the page most of
 * every frame even on a slow machine.
 */
export const SLICE_BUDGET_MS = 8;

/** Gives the main thread back to the page, resuming in a new task. */
export function yieldToMain(): Promise<void> {
  // A message, not setTimeout: timers are clamped to 4 ms after a few nested calls and
  // throttled in background tabs; a message channel resumes at the next task.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs the steps of `work` until it is done, yielding to the page whenever a slice has
 * used its budget. Each step should be small (one block of text).
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
    do {
      if (work.next().done) return true;
    } while (performance.now() - start < budgetMs);
    await yieldToMain();
  }
}
