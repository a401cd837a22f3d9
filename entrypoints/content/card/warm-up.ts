import type { Lang } from '../../../data/schema';
import { formatDate } from '../../../components/i18n/format-date';

/** The warm-up waits for an idle moment, but no longer than this. */
export const WARM_UP_TIMEOUT_MS = 3000;

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: WARM_UP_TIMEOUT_MS });
  else setTimeout(task, 0);
}

/**
 * Prepares the first opening of a card while the browser is idle, in two steps, each its
 * own task: the first date formatted loads the browser's date data (24 to 150 ms measured,
 * in one native call), then `renderOffPage` renders a card into a detached element, which
 * compiles the card's code (15 to 25 ms). Paid at the first opening instead, they would
 * make it a long task, right when the reader is waiting.
 */
export function warmUp(lang: Lang, renderOffPage: () => void): void {
  whenIdle(() => {
    formatDate({ iso: '2024-03-04', precision: 'day' }, lang);
    whenIdle(renderOffPage);
  });
}
