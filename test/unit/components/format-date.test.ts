import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../components/i18n/format-date';
import { langFromTag } from '../../../components/i18n/context';

describe('formatDate', () => {
  it('writes a date as precisely as it is known, in French and English', () => {
    expect(formatDate({ iso: '2024-02-13', precision: 'day' }, 'fr')).toBe('13 février 2024');
    expect(formatDate({ iso: '2024-02-13', precision: 'day' }, 'en')).toBe('February 13, 2024');
    expect(formatDate({ iso: '2021-03', precision: 'month' }, 'fr')).toBe('mars 2021');
    expect(formatDate({ iso: '2018', precision: 'year' }, 'en')).toBe('2018');
  });

  it('says "vers" / "about" when the date is inferred or vague', () => {
    expect(formatDate({ iso: '2020-07', precision: 'month', inferred: true }, 'fr')).toBe('vers juillet 2020');
    expect(formatDate({ iso: '2019', precision: 'year', approximate: true }, 'en')).toBe('about 2019');
  });

  it('picks French for any French browser locale and English otherwise', () => {
    expect(langFromTag('fr-CA')).toBe('fr');
    expect(langFromTag('FR')).toBe('fr');
    expect(langFromTag('de-DE')).toBe('en');
    expect(langFromTag(undefined)).toBe('en');
  });
});
