import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { precompiledMatcher } from '../../data/matching';
import { matcherFrom } from './matcher/matcher-from';
import { PageSession, SCRIPT_START_MARK } from './page-session';
import { waitForIdlePage } from './wait-for-idle';
import { loadTimingMarks } from './timing-marks';
import type { CardHandle } from './card';
import { loadCardModule } from './card-loader';
import { CardWake } from './card/card-wake';
import { KeyboardAccess } from './card/keyboard-access';
import { entityNames } from '../../data/entity-names';
import { HIGHLIGHT_DESCRIPTION } from '../../components/i18n/highlight-messages';
import { answerPopupRequest } from './scroll-to-mention';
import { isMentionsQuery, type MentionsReport, type OpenTimelineRequest } from '../../messaging/protocol';
import { isActiveOn, loadSettings, onSettingsChanged } from '../../settings/store';
import type { Settings } from '../../settings/schema';
import type { Lang } from '../../data/schema';
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
  /** The page's tab stops, from its first highlight on. */
  let access: KeyboardAccess | null = null;
  /** Waits for the first gesture towards a highlight to load the card. */
  let wake: CardWake | null = null;
  let card: CardHandle | null = null;
  let applied: Settings | null = null;

  const stop = () => {
    wake?.stop();
    card?.destroy();
    access?.stop();
    wake = card = access = null;
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
        if (session !== current) return;
        // Tab stops come with the first highlight, the card with the first gesture towards
        // one: a page without any highlight gets neither.
        if (access) access.highlightsChanged(current.highlighter.policy.highlighted);
        else if (current.highlighter.registry.size > 0) followHighlights(current, lang);
      },
    });
    session = current;
    void current.start();
  };

  const followHighlights = (owner: PageSession, lang: Lang) => {
    access = new KeyboardAccess((entityId) => {
      const name = entityNames[entityId]?.[lang];
      return name && HIGHLIGHT_DESCRIPTION[lang](name);
    });
    access.start();
    wake = new CardWake(() => mountCardFor(owner, lang));
    wake.start();
  };

  const mountCardFor = async (owner: PageSession, lang: Lang): Promise<CardHandle | null> => {
    try {
      const module = await loadCardModule();
      // Settings may have changed while the bundle loaded.
      if (session !== owner || !access) return null;
      card ??= module.mountCard({
        lang,
        access,
        openTimeline: (entityId) => send({ type: 'eclairage:open-timeline', entityId }),
      });
      return card;
    } catch (error) {
      console.error('[Éclairage] the card could not load', error);
      return null;
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
