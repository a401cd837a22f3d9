import { describe, expect, it } from 'vitest';
import { dataset } from '../../../data/dataset';
import { createMatcher } from '../../../entrypoints/content/matcher';
import { aliasTotal, syntheticCatalogue } from '../../bench/catalogue/synthetic';
import { PAGES } from '../../bench/pages';
import { MENTIONS } from '../../bench/pages/vocabulary';

describe('synthetic catalogues', () => {
  it('have exactly the number of aliases asked for, each alias once', () => {
    for (const size of [100, 1000]) {
      const entities = syntheticCatalogue(size, dataset.entities);
      expect(aliasTotal(entities)).toBe(size);
      const texts = entities.flatMap((entity) => entity.aliases.map((alias) => alias.text.toLowerCase()));
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('are the same on every run', () => {
    expect(syntheticCatalogue(300, dataset.entities)).toEqual(syntheticCatalogue(300, dataset.entities));
  });

  it('keep the aliases the pages mention, and add none that a page holds', () => {
    const matcher = createMatcher(syntheticCatalogue(1000, dataset.entities));
    for (const mention of MENTIONS) expect(matcher.resolve(mention), mention).not.toBeNull();
    // Tags become spaces: the mention written across an <em> is found too.
    const text = PAGES.a!().html.replace(/<[^>]*>/gu, ' ');
    const found = [...text.matchAll(matcher.pattern)].map((match) => match[0]);
    expect(
      found.every((mention) =>
        MENTIONS.some((m) => matcher.resolve(m)?.entityId === matcher.resolve(mention)?.entityId),
      ),
    ).toBe(true);
    expect(found).toHaveLength(PAGES.a!().mentions);
  });
});
