import { describe, expect, it } from 'vitest';
import { dataset } from '../../../data/dataset';
import { citationsOf, sourceSegments } from '../../../data/queries/source-segments';
import type { Source } from '../../../data/schema';

const text = 'Menu. Alpha beta gamma. Delta epsilon. Comments here.';
const source: Source = {
  id: 'doc',
  kind: 'news-article',
  title: 'Doc',
  titleGiven: true,
  language: 'fr',
  published: { iso: '2024', precision: 'year', inferred: false, approximate: false },
  uncitable: [
    { kind: 'furniture', start: 0, end: 6 },
    { kind: 'comments', start: text.indexOf('Comments'), end: text.length },
  ],
  text,
};
const at = (quote: string, id: string, kind: 'event' | 'entity' = 'event') => ({
  start: text.indexOf(quote),
  end: text.indexOf(quote) + quote.length,
  citer: { kind, id },
});

describe('sourceSegments', () => {
  it('covers the whole text once, marking cited passages and uncitable ranges', () => {
    const segments = sourceSegments(source, [at('beta', 'e1'), at('Delta', 'e2', 'entity')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.kind, s.text])).toEqual([
      ['furniture', 'Menu. '],
      ['text', 'Alpha '],
      ['cited', 'beta'],
      ['text', ' gamma. '],
      ['cited', 'Delta'],
      ['text', ' epsilon. '],
      ['comments', 'Comments here.'],
    ]);
    expect(segments[4]!.citers).toEqual([{ kind: 'entity', id: 'e2' }]);
  });

  it('merges overlapping and touching quotes into one passage, cited by all of them, each once', () => {
    const segments = sourceSegments(source, [
      at('Alpha beta', 'e1'),
      at('beta gamma', 'e2'),
      at(' gamma.', 'e1'),
      at('Alpha', 'x', 'entity'),
    ]);
    const cited = segments.filter((s) => s.kind === 'cited');
    expect(cited.map((s) => s.text)).toEqual(['Alpha beta gamma.']);
    expect(cited[0]!.citers).toEqual([
      { kind: 'event', id: 'e1' },
      { kind: 'entity', id: 'x' },
      { kind: 'event', id: 'e2' },
    ]);
  });

  it('finds every citation of a real source, and keeps them out of furniture and comments', () => {
    for (const real of dataset.sources) {
      const cited = citationsOf(dataset, real.id);
      expect(cited.length).toBeGreaterThan(0);
      const segments = sourceSegments(real, cited);
      expect(segments.map((s) => s.text).join('')).toBe(real.text);
      for (const citation of cited) {
        const covering = segments.find((s) => s.start <= citation.start && citation.end <= s.end);
        expect(covering?.kind).toBe('cited');
        expect(covering?.citers).toContainEqual(citation.citer);
      }
    }
  });
});
