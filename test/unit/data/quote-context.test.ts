import { describe, expect, it } from 'vitest';
import { quoteInContext } from '../../../data/queries/quote-context';
import type { Source } from '../../../data/schema';

const text =
  'MENU ACCUEIL\nPremière phrase du texte. La CNIL a autorisé le projet. Dernière phrase ici.\nCommentaires: bof';

const source: Source = {
  id: 's',
  kind: 'news-article',
  title: 'T',
  titleGiven: true,
  language: 'fr',
  published: { iso: '2024', precision: 'year', inferred: false, approximate: false },
  uncitable: [
    { kind: 'furniture', start: 0, end: 12 },
    { kind: 'comments', start: text.indexOf('Commentaires'), end: text.length },
  ],
  text,
};
const start = text.indexOf('La CNIL');
const citation = { source: 's', quote: 'La CNIL a autorisé le projet.', start, end: start + 29 };

describe('quoteInContext', () => {
  it('shows the text around the quote but never furniture or comments', () => {
    const excerpt = quoteInContext(source, citation);
    expect(excerpt.quote).toBe('La CNIL a autorisé le projet.');
    expect(excerpt.before).toBe('Première phrase du texte. ');
    expect(excerpt.after).toBe(' Dernière phrase ici.');
    expect(excerpt.before + excerpt.after).not.toMatch(/MENU|Commentaires/u);
  });

  it('cuts long context at whitespace and says it was cut', () => {
    const excerpt = quoteInContext(source, citation, 10);
    expect(excerpt.before).toBe('texte. ');
    expect(excerpt.after).toBe(' Dernière');
    expect(excerpt.clippedStart).toBe(true);
    expect(excerpt.clippedEnd).toBe(true);
  });
});
