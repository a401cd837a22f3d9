import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../components/i18n/messages';
import { DESK_MESSAGES } from '../../../components/i18n/desk-messages';
import { EXPORT_MESSAGES } from '../../../components/i18n/export-messages';
import { SETTINGS_MESSAGES } from '../../../components/i18n/settings-messages';
import { formatNumber, plural } from '../../../components/i18n/format-number';

/** Every leaf of a catalogue, functions called with sample arguments, by path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    // Counts, names or lists: a number first, a list when the function joins its argument.
    const call = (sample: unknown) => (value as (...a: unknown[]) => unknown)(...Array(value.length).fill(sample));
    let result: unknown;
    try {
      result = call(3);
    } catch {
      result = call(['x', 'y']);
    }
    return [[path, String(result)]];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
}

describe('interface strings', () => {
  for (const [name, catalogue] of Object.entries({
    MESSAGES,
    DESK_MESSAGES,
    EXPORT_MESSAGES,
    SETTINGS_MESSAGES,
  })) {
    it(`${name}: French and English say the same things, none left empty`, () => {
      const fr = leaves(catalogue.fr);
      const en = leaves(catalogue.en);
      expect(fr.map(([path]) => path)).toEqual(en.map(([path]) => path));
      for (const [path, text] of [...fr, ...en]) expect(text.trim(), path).not.toBe('');
    });
  }

  it('writes counts the way each language does', () => {
    expect(formatNumber(12345, 'fr')).toBe('12\u202f345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(DESK_MESSAGES.fr.mentions(1)).toBe('1 mention');
    expect(DESK_MESSAGES.fr.mentions(0)).toBe('0 mention');
    expect(DESK_MESSAGES.en.mentions(0)).toBe('0 mentions');
    expect(DESK_MESSAGES.en.pageSummary(1, 2)).toBe('1 entity, 2 mentions');
    expect(DESK_MESSAGES.fr.resultCount(3, 15)).toBe('3 sur 15 événements');
    expect(plural(1000000, 'fr', { one: '# x', other: '# xs' })).toBe('1\u202f000\u202f000 xs');
  });
});
