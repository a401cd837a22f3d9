import { waitForIdlePage } from '../../../entrypoints/content/wait-for-idle';
import { WORK_END_MARK, WORK_ERROR_MARK, WORK_START_MARK } from './protocol';

/**
 * Runs a baseline's work when the extension would run its own: after load and an idle
 * moment (the extension's own `waitForIdlePage`), between two performance marks.
 */
export function runBaseline(work: () => number | Promise<number>): void {
  void (async () => {
    try {
      await waitForIdlePage();
      performance.mark(WORK_START_MARK);
      const count = await work();
      performance.mark(WORK_END_MARK, { detail: count });
    } catch (error) {
      performance.mark(WORK_ERROR_MARK, { detail: String(error) });
    }
  })();
}
