import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { dataset } from '../../data/dataset';
import { createMatcher } from './matcher';
import { PageSession } from './page-session';
import { waitForIdlePage } from './wait-for-idle';
import { isMentionsQuery, type MentionsReport } from '../../messaging/protocol';

/** Highlights per page, at most. Far above any real article; keeps a hostile page fast. */
export const HIGHLIGHT_CAP = 5000;

export async function startEclairage(ctx: ContentScriptContext): Promise<void> {
  await waitForIdlePage();
  if (ctx.isInvalid || !document.body) return;
  const matcher = createMatcher(dataset.entities);
  const session = new PageSession(matcher, {
    mode: 'every',
    cap: HIGHLIGHT_CAP,
    onReport: (counts) => {
      const report: MentionsReport = { type: 'eclairage:mentions', counts };
      browser.runtime.sendMessage(report).catch(() => {
        // The background may be restarting; the next report will reach it.
      });
    },
  });
  const onMessage = (message: unknown) => (isMentionsQuery(message) ? Promise.resolve(session.counts()) : undefined);
  browser.runtime.onMessage.addListener(onMessage);
  // Single-page apps change the URL without a new document: rescan the new content.
  ctx.addEventListener(window, 'wxt:locationchange', () => void session.rescan());
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    session.stop();
  });
  await session.start();
}
