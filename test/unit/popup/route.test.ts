import { describe, expect, it } from 'vitest';
import { parseRoute, tabOverride } from '../../../entrypoints/popup/route';

describe('parseRoute', () => {
  it('reads the card’s timeline link and the other sections', () => {
    expect(parseRoute('#timeline?entity=cnil')).toEqual({ tab: 'timeline', entity: 'cnil' });
    expect(parseRoute('#timeline?kind=court&q=cloud%20act')).toEqual({
      tab: 'timeline',
      kind: 'court',
      query: 'cloud act',
    });
    expect(parseRoute('#entities?entity=health-data-hub')).toEqual({ tab: 'entities', entity: 'health-data-hub' });
    expect(parseRoute('#sources?source=abc')).toEqual({ tab: 'sources', source: 'abc' });
    expect(parseRoute('#page')).toEqual({ tab: 'page' });
  });

  it('ignores what it does not know', () => {
    expect(parseRoute('')).toEqual({});
    expect(parseRoute('#settings?entity=x')).toEqual({});
    expect(parseRoute('#timeline?entity=')).toEqual({ tab: 'timeline' });
  });
});

describe('tabOverride', () => {
  it('takes a tab id from ?tab=, and nothing else', () => {
    expect(tabOverride('?tab=42')).toBe(42);
    expect(tabOverride('')).toBeUndefined();
    expect(tabOverride('?tab=-1')).toBeUndefined();
    expect(tabOverride('?tab=4x')).toBeUndefined();
  });
});
