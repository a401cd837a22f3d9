import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { dataset } from '../../data/dataset';
import { createMatcher } from './matcher';
import { PageSession } from './page-session';
import { waitForIdlePage } from './wait-for-idle';
import { mountCard, type CardHandle } from './card';
import { isMentionsQuery, type MentionsReport, type OpenTimelineRequest } from '../../messaging/protocol';
import { isActiveOn, loadSettings, onSettingsChanged } from '../../settings/store';
import type { Settings } from '../../settings/schema';
import { langFromTag, localeFor } from '../../components/i18n/context';

/** Highlights per page, at most. Far above any real article; keeps a hostile page fast. */
export const HIGHLIGHT_CAP = 5000;

function send(message: MentionsReport | OpenTimelineRequest): void {
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be restarting; the next report will reach it.
  });
}

/**
 * Wires the content script: settings decide whether and how it runs on this page; the
 * session highlights and follows the page; the card opens on highlights. Settings changed
 * elsewhere (popup, options) apply at once, without a reload.
 */
export async function startEclairage(ctx: ContentScriptContext): Promise<void> {
  await waitForIdlePage();
  if (ctx.isInvalid || !document.body) return;
  const matcher = createMatcher(dataset.entities);
  let session: PageSession | null = null;
  let card: CardHandle | null = null;
  let applied: Settings | null = null;

  const stop = () => {
    card?.destroy();
    card = null;
    session?.stop();
    session = null;
    send({ type: 'eclairage:mentions', counts: {} });
  };

  const apply = (settings: Settings) => {
    const active = isActiveOn(settings, location.hostname);
    const unchanged =
      applied &&
      active === isActiveOn(applied, location.hostname) &&
      settings.mode === applied.mode &&
      settings.language === applied.language;
    applied = settings;
    if (unchanged) {
      session?.highlighter.setStyle(settings.style);
      return;
    }
    stop();
    if (!active) return;
    const lang = settings.language === 'auto' ? langFromTag(browser.i18n.getUILanguage()) : settings.language;
    card = mountCard({
      dataset,
      locale: localeFor(lang),
      openTimeline: (entityId) => send({ type: 'eclairage:open-timeline', entityId }),
    });
    session = new PageSession(matcher, {
      mode: settings.mode,
      style: settings.style,
      cap: HIGHLIGHT_CAP,
      onReport: (counts) => send({ type: 'eclairage:mentions', counts }),
    });
    void session.start();
  };

  const onMessage = (message: unknown) =>
    isMentionsQuery(message) ? Promise.resolve(session ? session.counts() : {}) : undefined;
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = onSettingsChanged(apply);
  // Single-page apps change the URL without a new document: rescan the new content.
  ctx.addEventListener(window, 'wxt:locationchange', () => void session?.rescan());
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    stop();
  });
  apply((await loadSettings()).settings);
}
