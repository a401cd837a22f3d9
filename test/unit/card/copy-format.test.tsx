import { describe, expect, it } from 'vitest';
import { formatForCopy } from '../../../components/card/copy-format';
import { escapeMarkdown } from '../../../components/citation/describe-citation';
import { cloudAct, sourceOf } from './card-fixture';

describe('formatForCopy', () => {
  it('gives the summary with numbered references, quote and source metadata, as plain text', () => {
    expect(formatForCopy(cloudAct, sourceOf, 'en').text).toBe(
      [
        'CLOUD Act (Law)',
        '',
        'A 2018 US law. [1] It worries. [1][2]',
        '',
        'Sources',
        '[1] “Le Cloud Act adopté en 2018” — News article, Un article, Le Média, March 4, 2024.',
        '[2] “Le Cloud Act inquiète.” — Wire story, Une dépêche, AFP, about 2020 (date inferred).',
        '',
        'Sources up to March 2024. Via Éclairage.',
        '',
      ].join('\n'),
    );
  });

  it('gives the same as Markdown with footnotes', () => {
    expect(formatForCopy(cloudAct, sourceOf, 'en').markdown).toBe(
      [
        '**CLOUD Act** (Law)',
        '',
        'A 2018 US law.[^1] It worries.[^1][^2]',
        '',
        '[^1]: “Le Cloud Act adopté en 2018” — News article, *Un article*, Le Média, March 4, 2024.',
        '[^2]: “Le Cloud Act inquiète.” — Wire story, *Une dépêche*, AFP, about 2020 (date inferred).',
        '',
        '*Sources up to March 2024. Via Éclairage.*',
        '',
      ].join('\n'),
    );
  });

  it('speaks French, with French quotation marks', () => {
    const { text } = formatForCopy(cloudAct, sourceOf, 'fr');
    expect(text).toContain('Cloud Act (Loi)\n\nLoi américaine de 2018. [1] Elle inquiète. [1][2]');
    expect(text).toContain(
      '[2] « Le Cloud Act inquiète. » — Dépêche d’agence, Une dépêche, AFP, vers 2020 (date déduite).',
    );
    expect(text).toContain('Sources jusqu’à mars 2024. Via Éclairage.');
  });

  it('numbers references in the order the summary cites them, facts left out', () => {
    const reordered = { ...cloudAct, sentences: [{ text: cloudAct.sentences[0]!.text, refs: [3, 0] }] };
    const { text } = formatForCopy(reordered, sourceOf, 'en');
    expect(text).toContain('A 2018 US law. [1][2]');
    expect(text).toContain('[1] “Microsoft répond [sic] *vite*.”');
    expect(text).toContain('[2] “Le Cloud Act adopté en 2018”');
    expect(text).not.toContain('Passed.');
  });

  it('keeps dataset text from turning into Markdown syntax', () => {
    const hostile = { ...cloudAct, sentences: [{ text: { fr: '', en: 'A *bold* [link](x) <b>' }, refs: [3] }] };
    const { markdown } = formatForCopy(hostile, sourceOf, 'en');
    expect(markdown).toContain('A \\*bold\\* \\[link\\](x) \\<b\\>[^1]');
    expect(markdown).toContain('[^1]: “Microsoft répond \\[sic\\] \\*vite\\*.”');
  });
});

describe('escapeMarkdown', () => {
  it('escapes syntax, not punctuation', () => {
    expect(escapeMarkdown('# Title')).toBe('\\# Title');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('Health Data Hub (HDH), 2019-2020.')).toBe('Health Data Hub (HDH), 2019-2020.');
    expect(escapeMarkdown('a_b|c~d`e\\')).toBe('a\\_b\\|c\\~d\\`e\\\\');
  });
});
