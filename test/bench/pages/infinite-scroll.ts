import type { PageSpec } from './page-spec';
import { pageShell } from './page-shell';
import { Prose } from './prose';
import { FILLER_WORDS, MENTIONS } from './vocabulary';

export interface FeedOptions {
  intervalMs?: number;
  appends?: number;
  paragraphsPerAppend?: number;
  /** One paragraph in `mentionEvery` carries a mention. */
  mentionEvery?: number;
  id?: string;
  title?: string;
}

/**
 * Page (d): a short article, then a feed that appends 50 paragraphs every 100 ms for 10 s
 * once the page has loaded, as an infinite scroll does while one reads.
 *
 * Every second paragraph carries a mention: 2,500 appended mentions in all. One in every
 * paragraph would make 5,000 and reach the extension's per-page cap (`HIGHLIGHT_CAP` in
 * `entrypoints/content/start.ts`), which stops highlighting by design.
 *
 * The page builds its paragraphs with DOM calls from a seeded generator of its own, so the
 * HTML stays small and the feed's own cost is what a real feed costs: creating nodes.
 */
export function infiniteScroll(options: FeedOptions = {}): PageSpec {
  const { intervalMs = 100, appends = 100, paragraphsPerAppend = 50, mentionEvery = 2 } = options;
  const prose = new Prose(0xd0d0, { wordsPerInline: 20 });
  const intro = [
    `<h1>${prose.title(6, 9)}</h1>`,
    `<p>${prose.paragraphHtml(60, ['text'])}</p>`,
    `<p>${prose.paragraphHtml(70, ['link'])}</p>`,
    `<p>${prose.paragraphHtml(50)}</p>`,
  ].join('\n');
  const total = appends * paragraphsPerAppend;
  const appendedMentions = Math.floor((total + mentionEvery - 1) / mentionEvery);
  const pageScript = feedScript({ intervalMs, appends, paragraphsPerAppend, mentionEvery });
  return {
    id: options.id ?? 'd',
    title:
      options.title ??
      `infinite scroll, +${paragraphsPerAppend} paragraphs every ${intervalMs} ms for ${(appends * intervalMs) / 1000} s`,
    html: pageShell({
      title: 'Le fil en continu',
      body: `<main><article>${intro}</article><div id="feed"></div></main>`,
      pageScript,
    }),
    mentions: prose.mentions + appendedMentions,
    splitMentions: 0,
    feed: { intervalMs, appends, paragraphsPerAppend, appendedMentions },
  };
}

/** Marks the page writes into its performance timeline around the feed. */
export const FEED_START_MARK = 'bench:feed-start';
export const FEED_END_MARK = 'bench:feed-end';

/**
 * The page's promise of its feed's end, resolved with the end mark's time and the mentions
 * appended. The harness waits on it rather than on a `PerformanceObserver`, which the
 * browser would wake for every performance mark the extension writes during the feed: a
 * task per pass, counted as the extension's.
 */
export const FEED_END_PROMISE = '__benchFeedEnd';

export interface FeedEnd {
  startTime: number;
  mentions: number;
}

interface FeedScriptOptions {
  intervalMs: number;
  appends: number;
  paragraphsPerAppend: number;
  mentionEvery: number;
}

/** The page's own script: plain ES2020, it runs in the page as is. */
function feedScript({ intervalMs, appends, paragraphsPerAppend, mentionEvery }: FeedScriptOptions): string {
  return `(() => {
  const WORDS = ${JSON.stringify(FILLER_WORDS)};
  const MENTIONS = ${JSON.stringify(MENTIONS)};
  let state = 0xfeed;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const feed = document.getElementById('feed');
  let paragraphs = 0;
  let mentions = 0;
  const append = () => {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < ${paragraphsPerAppend}; i++) {
      const p = document.createElement('p');
      const link = document.createElement('a');
      link.href = '/fil/' + paragraphs;
      link.textContent = words(2);
      let text = words(14);
      if (paragraphs % ${mentionEvery} === 0) text += ' ' + MENTIONS[mentions++ % MENTIONS.length];
      p.append(text + ' ' + words(10) + ' ', link, ' ' + words(8) + '.');
      fragment.append(p);
      paragraphs++;
    }
    feed.append(fragment);
  };
  let feedEnded;
  window.${FEED_END_PROMISE} = new Promise((resolve) => (feedEnded = resolve));
  window.addEventListener('load', () => {
    performance.mark('${FEED_START_MARK}');
    let ticks = 0;
    const timer = setInterval(() => {
      append();
      if (++ticks === ${appends}) {
        clearInterval(timer);
        const end = performance.mark('${FEED_END_MARK}', { detail: mentions });
        feedEnded({ startTime: end.startTime, mentions });
      }
    }, ${intervalMs});
  });
})();`;
}
