import { describe, expect, it } from 'vitest';
import { dataset } from '../../../data/dataset';
import { createMatcher } from '../../../entrypoints/content/matcher';
import { PAGES } from '../../bench/pages';
import { HELD_SCRIPT, SENTINEL_ID } from '../../bench/pages/page-shell';
import { FILLER_WORDS, HEADLINE_WORDS, MENTIONS } from '../../bench/pages/vocabulary';

const matcher = createMatcher(dataset.entities);

/** The text of every text node of a generated page's body, scripts left out. */
function textNodes(html: string): string[] {
  const body = html.slice(html.indexOf('<body>')).replace(/<script[^>]*>[\s\S]*?<\/script>/gu, '');
  return body
    .split(/<[^>]*>/u)
    .filter((text) => text !== '')
    .map((text) =>
      text
        .replace(/&lt;/gu, '<')
        .replace(/&gt;/gu, '>')
        .replace(/&quot;/gu, '"')
        .replace(/&amp;/gu, '&'),
    );
}

/** What the matcher finds, node by node, as the scan and write floors search. */
function matchesPerNode(html: string): number {
  let count = 0;
  for (const text of textNodes(html)) {
    matcher.pattern.lastIndex = 0;
    while (matcher.pattern.test(text)) count++;
  }
  return count;
}

const key = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('benchmark pages', () => {
  it('are the same on every build', () => {
    for (const id of ['a', 'tiny', 'tiny-feed']) expect(PAGES[id]?.().html).toBe(PAGES[id]?.().html);
  });

  it('end with the sentinel and the held script', () => {
    const { html } = PAGES.a!();
    expect(html.indexOf(`id="${SENTINEL_ID}"`)).toBeLessThan(html.indexOf(`src="${HELD_SCRIPT}"`));
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('write prose and titles (each from its own words) that cannot form an alias', () => {
    for (const words of [FILLER_WORDS, HEADLINE_WORDS]) {
      const vocabulary = new Set(words.map(key));
      for (const entity of dataset.entities) {
        for (const alias of entity.aliases) {
          const parts = alias.text.split(/[\s'’-]+/u).filter(Boolean);
          expect(
            parts.some((word) => !vocabulary.has(key(word))),
            alias.text,
          ).toBe(true);
        }
      }
    }
  });

  it('place only aliases of the dataset as mentions', () => {
    for (const mention of MENTIONS) expect(matcher.resolve(mention), mention).not.toBeNull();
  });

  it('(a): ~10,000 words, 20 mentions, which the matcher finds and nothing else', () => {
    const page = PAGES.a!();
    const words = textNodes(page.html).join(' ').split(/\s+/u).filter(Boolean).length;
    expect(words).toBeGreaterThan(9500);
    expect(words).toBeLessThan(12_000);
    expect(page.mentions).toBe(20);
    expect(matchesPerNode(page.html)).toBe(page.mentions - page.splitMentions);
  });

  it('(b) and (c): ~2 MB; (b) holds 2,000 mentions, (c) none', () => {
    const b = PAGES.b!();
    const c = PAGES.c!();
    for (const page of [b, c]) {
      expect(Buffer.byteLength(page.html)).toBeGreaterThan(1.9e6);
      expect(Buffer.byteLength(page.html)).toBeLessThan(2.1e6);
    }
    expect(b.mentions).toBe(2000);
    expect(matchesPerNode(b.html)).toBe(b.mentions - b.splitMentions);
    expect(c.mentions).toBe(0);
    expect(matchesPerNode(c.html)).toBe(0);
  });

  it('(d): 50 paragraphs every 100 ms for 10 s, one mention in two', () => {
    const { feed, html } = PAGES.d!();
    expect(feed).toEqual({ intervalMs: 100, appends: 100, paragraphsPerAppend: 50, appendedMentions: 2500 });
    expect(html).toContain('setInterval');
  });
});
