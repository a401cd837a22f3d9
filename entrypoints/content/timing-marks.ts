import { browser } from 'wxt/browser';
import { TIMING_MARKS_KEY } from '../../messaging/timing-marks';

/*
 * The content script's performance marks (`eclairage:script-start`, `eclairage:pass-start`,
 * `eclairage:pass-end`): how the end-to-end tests and the benchmark know when a pass ends,
 * in the page's own clock. Written only when the harness switch is on (see
 * `messaging/timing-marks.ts`): in a reader's browser, the page's timeline shows nothing.
 */

/** Writes a mark, at `startTime` when given (a moment before the switch was read). */
export type MarkWriter = (name: string, startTime?: number) => void;

const write: MarkWriter = (name, startTime) => {
  performance.mark(name, startTime === undefined ? undefined : { startTime });
};
const skip: MarkWriter = () => {};

/** The mark writer this page gets: a no-op unless the harness switch is on. */
export async function loadTimingMarks(): Promise<MarkWriter> {
  try {
    const stored = await browser.storage.local.get(TIMING_MARKS_KEY);
    return stored[TIMING_MARKS_KEY] === true ? write : skip;
  } catch {
    // No storage (the extension is reloading): no marks, nothing else changes.
    return skip;
  }
}
