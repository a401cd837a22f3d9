import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../data/queries/csv';
import { dataset } from '../../../data/dataset';

describe('CSV', () => {
  it('leaves plain fields alone and quotes the ones that need it', () => {
    expect(csvField('EMC2')).toBe('EMC2');
    expect(csvField(42)).toBe('42');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('il a dit "non"')).toBe('"il a dit ""non"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('')).toBe('');
    // Typographic quotes are ordinary characters in CSV.
    expect(csvField('« guillemets » “curly”')).toBe('« guillemets » “curly”');
  });

  it('joins records with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', 'x,y'],
      ]),
    ).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('has nothing in the dataset a spreadsheet would run as a formula', () => {
    const texts = [
      ...dataset.events.flatMap((e) => [e.title.fr, e.title.en, e.description.fr, e.description.en]),
      ...dataset.events.flatMap((e) => e.citations.map((c) => c.quote.trim())),
      ...dataset.sources.map((s) => s.title),
    ];
    expect(texts.filter((text) => /^[=+\-@]/u.test(text))).toEqual([]);
  });
});
