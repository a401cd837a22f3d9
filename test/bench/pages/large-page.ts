import type { PageSpec } from './page-spec';
import { pageShell } from './page-shell';
import { Prose, type MentionStyle } from './prose';

/**
 * Pages (b) and (c): a 2 MB page of about 27,000 text nodes, the size of a long live blog
 * or a forum thread: many articles, each with paragraphs full of links and emphasis, lists,
 * quotes and figures, between a heavy navigation, a sidebar and a footer.
 */
export interface LargePageOptions {
  id: string;
  title: string;
  /** Mentions placed in the articles' paragraphs, spread evenly. */
  mentions: number;
  seed?: number;
}

const ARTICLES = 245;
const PARAGRAPHS_PER_ARTICLE = 10;
const WORDS_PER_PARAGRAPH = [70, 100] as const;
/** One mention in forty written across an `<em>`, the rest as text or as a link. */
const SPLIT_EVERY = 40;

export function largePage({ id, title, mentions, seed = 0xb16 }: LargePageOptions): PageSpec {
  const prose = new Prose(seed, { wordsPerInline: 24 });
  const totalParagraphs = ARTICLES * PARAGRAPHS_PER_ARTICLE;
  let paragraph = 0;
  /** Mentions for the next paragraph, so that exactly `mentions` land, evenly spread. */
  const mentionsFor = (): MentionStyle[] => {
    const count =
      Math.floor(((paragraph + 1) * mentions) / totalParagraphs) - Math.floor((paragraph * mentions) / totalParagraphs);
    paragraph++;
    return Array.from({ length: count }, () => {
      const n = prose.mentions;
      if (n % SPLIT_EVERY === SPLIT_EVERY - 1) return 'split';
      return n % 4 === 0 ? 'link' : 'text';
    });
  };
  const nav = Array.from({ length: 60 }, (_, i) => `<a href="/rubrique/${i}">${prose.title(1, 2)}</a>`).join('\n');
  const articles: string[] = [];
  for (let a = 0; a < ARTICLES; a++) {
    const parts = [`<article id="a${a}">`, `<h2><a href="/article/${a}">${prose.title()}</a></h2>`];
    parts.push(
      `<p class="byline">Par <a href="/auteur/${prose.int(1, 80)}">${prose.title(2, 2)}</a>, le ${(a % 28) + 1} mars</p>`,
    );
    for (let p = 0; p < PARAGRAPHS_PER_ARTICLE; p++) {
      const html = prose.paragraphHtml(prose.int(...WORDS_PER_PARAGRAPH), mentionsFor());
      if (p === 4 && a % 3 === 0) parts.push(`<blockquote><p>${html}</p></blockquote>`);
      else parts.push(`<p>${html}</p>`);
      if (p === 6 && a % 4 === 0) {
        const items = Array.from({ length: 5 }, () => `<li>${prose.paragraphHtml(prose.int(6, 14))}</li>`);
        parts.push(`<ul>\n${items.join('\n')}\n</ul>`);
      }
    }
    if (a % 5 === 0) parts.push(`<figure><figcaption>${prose.paragraphHtml(prose.int(10, 20))}</figcaption></figure>`);
    parts.push('</article>');
    articles.push(parts.join('\n'));
  }
  const sidebar = Array.from({ length: 200 }, (_, i) => `<li><a href="/lu/${i}">${prose.title(3, 7)}</a></li>`);
  const footer = Array.from({ length: 300 }, (_, i) => `<a href="/page/${i}">${prose.title(1, 3)}</a>`);
  const body = [
    `<header><strong>Le Fil santé</strong><nav>\n${nav}\n</nav></header>`,
    '<main>',
    `<div class="stream">\n${articles.join('\n')}\n</div>`,
    `<aside><h2>Les plus lus</h2><ol>\n${sidebar.join('\n')}\n</ol></aside>`,
    '</main>',
    `<footer>\n${footer.join('\n')}\n</footer>`,
  ].join('\n');
  return {
    id,
    title,
    html: pageShell({ title: 'Le Fil santé', body }),
    mentions: prose.mentions,
    splitMentions: prose.written.split,
  };
}

/** Page (b): 2 MB, ~27,000 text nodes, ~2,000 mentions. */
export const mentionPage = (): PageSpec =>
  largePage({ id: 'b', title: '2 MB page, ~27,000 text nodes, ~2,000 mentions', mentions: 2000 });

/** Page (c): the same page without a single mention. */
export const noMentionPage = (): PageSpec =>
  largePage({ id: 'c', title: '2 MB page, ~27,000 text nodes, no mention', mentions: 0 });
