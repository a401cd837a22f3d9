import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { precompiledMatcher } from '../../data/matching';
import { matcherFrom } from './matcher/matcher-from';
import { PageSession, SCRIPT_START_MARK } from './page-session';
import { waitForIdlePage } from './wait-for-idle';
import { loadTimingMarks } from './timing-marks';
import type { CardHandle } from './card';
import { loadCardModule } from './card-loader';
import { answerPopupRequest } from './scroll-to-mention';
import { isMentionsQuery, type MentionsReport, type OpenTimelineRequest } from '../../messaging/protocol';
import { isActiveOn, loadSettings, onSettingsChanged } from '../../settings/store';
import type { Settings } from '../../settings/schema';
import { langFromTag } from '../../components/i18n/lang';

/** Highlights per page, at most. Far above any real article; keeps a hostile page fast. */
export const HIGHLIGHT_CAP = 5000;

/** How often the script checks that the extension is still there (it may be reloaded). */
const INVALIDATION_CHECK_MS = 1000;

function send(message: MentionsReport | OpenTimelineRequest): void {
  // After the extension is reloaded, this script lives on without an extension: calling
  // into it would throw "Extension context invalidated" in the page's console.
  if (!browser.runtime?.id) return;
  try {
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the next report will reach it.
    });
  } catch {
    // The context died between the check and the call.
  }
}

/**
 * Wires the content script: settings decide whether and how it runs on this page; the
 * session highlights and follows the page; the card opens on highlights. Settings changed
 * elsewhere (popup, options) apply at once, without a reload.
 */
export async function startEclairage(ctx: ContentScriptContext): Promise<void> {
  const startedAt = performance.now();
  const marks = loadTimingMarks();
  await waitForIdlePage();
  const mark = await marks;
  mark(SCRIPT_START_MARK, startedAt);
  if (ctx.isInvalid || !document.body) return;
  const matcher = matcherFrom(precompiledMatcher);
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
    const current = new PageSession(matcher, {
      mode: settings.mode,
      style: settings.style,
      cap: HIGHLIGHT_CAP,
      mark,
      onReport: (counts) => {
        send({ type: 'eclairage:mentions', counts });
        // The card comes with the first highlight; a page without any never loads it.
        if (card) card.highlightsChanged(current.highlighter.policy.highlighted);
        else if (session === current && current.highlighter.registry.size > 0) void mountCardFor(current, lang);
      },
    });
    session = current;
    void current.start();
  };

  let mounting = false;
  const mountCardFor = async (owner: PageSession, lang: 'fr' | 'en') => {
    if (mounting) return;
    mounting = true;
    try {
      const module = await loadCardModule();
      // Settings may have changed while the bundle loaded.
      if (session !== owner || card) return;
      card = module.mountCard({
        lang,
        openTimeline: (entityId) => send({ type: 'eclairage:open-timeline', entityId }),
      });
    } catch (error) {
      console.error('[Éclairage] the card could not load', error);
    } finally {
      mounting = false;
    }
  };

  // The popup asks what is on this page, which site this is, and to scroll to a mention.
  // The site answers even when Éclairage is off here, so the popup can turn it back on.
  const onMessage = (message: unknown) =>
    isMentionsQuery(message) ? Promise.resolve(session ? session.counts() : {}) : answerPopupRequest(message);
  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = onSettingsChanged(apply);
  // Single-page apps change the URL without a new document: rescan the new content.
  ctx.addEventListener(window, 'wxt:locationchange', () => void session?.rescan());
  // When the extension is reloaded or updated, this script's extension context dies and
  // nothing tells it: reading `ctx.isInvalid` (which `ctx.setInterval` does before each
  // call) notices, and fires `onInvalidated`, which takes every highlight back.
  ctx.setInterval(() => {}, INVALIDATION_CHECK_MS);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    unwatch();
    stop();
  });
  apply((await loadSettings()).settings);
}
