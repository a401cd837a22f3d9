import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../components/i18n/format-date';
import { langFromTag } from '../../../components/i18n/lang';

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

  it('writes every month and day exactly as Intl.DateTimeFormat does', () => {
    for (const lang of ['fr', 'en'] as const) {
      const formats = {
        day: new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
        month: new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
        year: new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' }),
      };
      for (const year of [1999, 2018, 2024]) {
        for (let month = 1; month <= 12; month++) {
          const mm = String(month).padStart(2, '0');
          const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
          for (let day = 1; day <= days; day++) {
            const iso = `${year}-${mm}-${String(day).padStart(2, '0')}`;
            expect(formatDate({ iso, precision: 'day' }, lang)).toBe(
              formats.day.format(new Date(Date.UTC(year, month - 1, day))),
            );
          }
          expect(formatDate({ iso: `${year}-${mm}`, precision: 'month' }, lang)).toBe(
            formats.month.format(new Date(Date.UTC(year, month - 1, 1))),
          );
        }
        expect(formatDate({ iso: String(year), precision: 'year' }, lang)).toBe(
          formats.year.format(new Date(Date.UTC(year, 0, 1))),
        );
      }
    }
  });

  it('picks French for any French browser locale and English otherwise', () => {
    expect(langFromTag('fr-CA')).toBe('fr');
    expect(langFromTag('FR')).toBe('fr');
    expect(langFromTag('de-DE')).toBe('en');
    expect(langFromTag(undefined)).toBe('en');
  });
});
