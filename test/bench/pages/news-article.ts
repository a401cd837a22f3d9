import type { PageSpec } from './page-spec';
import { pageShell } from './page-shell';
import { Prose, type MentionStyle } from './prose';

const PARAGRAPHS = 150;
const WORDS_PER_PARAGRAPH = [55, 80] as const;
const MENTIONS = 20;

/**
 * Page (a): a long news article, about 10,000 words and 20 mentions, with the furniture
 * of a news site around it (navigation, related links, comments, footer).
 */
export function newsArticle(seed = 0xa11ce): PageSpec {
  const prose = new Prose(seed, { wordsPerInline: 25 });
  const nav = Array.from({ length: 24 }, (_, i) => `<a href="/rubrique/${i}">${prose.title(1, 2)}</a>`).join('');
  const parts: string[] = [];
  // Mentions spread evenly; one in five in a link, one written across an <em>.
  const every = Math.floor(PARAGRAPHS / MENTIONS);
  for (let i = 0; i < PARAGRAPHS; i++) {
    if (i > 0 && i % 18 === 0) parts.push(`<h2>${prose.title()}</h2>`);
    const mentions: MentionStyle[] = [];
    if (i % every === 0 && prose.mentions < MENTIONS)
      mentions.push(i === every * 7 ? 'split' : i % 5 === 0 ? 'link' : 'text');
    const html = prose.paragraphHtml(prose.int(...WORDS_PER_PARAGRAPH), mentions);
    parts.push(i % 40 === 39 ? `<blockquote><p>${html}</p></blockquote>` : `<p>${html}</p>`);
  }
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/article/${i}">${prose.title()}</a></li>`).join('');
  const comments = Array.from(
    { length: 12 },
    (_, i) => `<li><p class="byline">Lecteur ${i + 1}</p><p>${prose.paragraphHtml(prose.int(20, 50))}</p></li>`,
  ).join('\n');
  const footer = Array.from({ length: 40 }, (_, i) => `<a href="/page/${i}">${prose.title(1, 3)}</a><br>`).join('');
  const body = [
    `<header><strong>Le Quotidien numérique</strong><nav>${nav}</nav></header>`,
    '<main><article>',
    `<h1>${prose.title(8, 12)}</h1>`,
    `<p class="byline">Par la rédaction. Publié le 4 mars 2024</p>`,
    parts.join('\n'),
    `<section class="comments"><h2>Commentaires</h2><ol>${comments}</ol></section>`,
    `</article><aside><h2>À lire aussi</h2><ul>${related}</ul></aside></main>`,
    `<footer>${footer}</footer>`,
  ].join('\n');
  return {
    id: 'a',
    title: 'news article, ~10,000 words, ~20 mentions',
    html: pageShell({ title: 'Article', body }),
    mentions: prose.mentions,
    splitMentions: prose.written.split,
  };
}
