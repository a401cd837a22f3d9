import { describe, expect, it } from 'vitest';
import { DatasetIndex } from '../../../data/queries/lookup';
import { describeCitation } from '../../../components/citation/describe-citation';
import { eventMarkdown, eventText } from '../../../components/export/event-text';
import {
  exportFileName,
  filterDescription,
  timelineCsv,
  timelineMarkdown,
} from '../../../components/export/timeline-export';
import { smallDataset } from '../components/fixtures';

const index = new DatasetIndex(smallDataset);
const [later, earlier] = smallDataset.events as [(typeof smallDataset.events)[0], (typeof smallDataset.events)[0]];
const source = smallDataset.sources[0]!;

describe('describeCitation', () => {
  it('gives the quote, then the document as a reader cites it', () => {
    expect(describeCitation(later.citations[0]!, source, 'en', false)).toBe(
      '“La CNIL a autorisé EMC2.” — News article, Un article, Le Média, March 4, 2024.',
    );
    expect(describeCitation(later.citations[0]!, source, 'fr', true)).toBe(
      '« La CNIL a autorisé EMC2. » — Article de presse, *Un article*, Le Média, 4 mars 2024.',
    );
  });

  it('says when the source’s date is inferred, and names an unknown source by its id', () => {
    const inferred = { ...source, published: { ...source.published, inferred: true } };
    expect(describeCitation(later.citations[0]!, inferred, 'fr', false)).toContain('4 mars 2024 (date déduite).');
    expect(describeCitation(later.citations[0]!, undefined, 'en', false)).toBe('“La CNIL a autorisé EMC2.” — doc');
  });
});

describe('one event with its sources', () => {
  it('as plain text: date, title, description with numbered references, who, why the date, the sources', () => {
    expect(eventText(later, index, 'en')).toBe(
      [
        'about December 2023 — Authorisation',
        'The CNIL authorises. [1]',
        'Involved: CNIL',
        'Inferred date: Inferred.',
        '',
        'Sources',
        '[1] “La CNIL a autorisé EMC2.” — News article, Un article, Le Média, March 4, 2024.',
        '',
      ].join('\n'),
    );
    expect(eventText(earlier, index, 'fr')).toContain('Acteurs : CNIL\n');
  });

  it('as Markdown, with its text escaped and its sources numbered', () => {
    const hostile = { ...earlier, title: { ...earlier.title, en: 'Cloud *Act* [1]' } };
    const markdown = eventMarkdown(hostile, index, 'en');
    expect(markdown.split('\n')[0]).toBe('### 2018 — Cloud \\*Act\\* \\[1\\]');
    expect(markdown).toContain('**Involved**: CNIL');
    expect(markdown).toContain(
      '1. “Le Cloud Act adopté en 2018” — News article, *Un article*, Le Média, March 4, 2024.',
    );
    expect(markdown).toContain('2. “permet des injonctions”');
  });
});

describe('the timeline export', () => {
  it('as Markdown: a title, the filter, a section per year, oldest first', () => {
    const markdown = timelineMarkdown(smallDataset.events, { entity: 'cnil', query: 'cnil' }, index, 'en');
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Timeline of the affair',
      '## 2018',
      '### 2018 — Cloud Act',
      '## 2023',
      '### about December 2023 — Authorisation',
    ]);
    expect(markdown).toContain('Filtered: entity CNIL; search “cnil”. 2 events. Exported from Éclairage');
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('as CSV: a header, one row per event oldest first, every row with its sources', () => {
    const csv = timelineCsv(smallDataset.events, index, 'fr');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,date,précision,date affichée,raison de la date,titre,description,acteurs,sources');
    expect(lines[1]).toBe(
      'earlier,2018,année,2018,,Cloud Act,Adoption.,CNIL,"[1] « Le Cloud Act adopté en 2018 » — Article de presse, Un article, Le Média, 4 mars 2024.\n[2] « permet des injonctions » — Article de presse, Un article, Le Média, 4 mars 2024."',
    );
    expect(lines[2]).toMatch(/^later,2023-12,mois,vers décembre 2023,Déduit\.,Autorisation,/u);
    expect(lines[3]).toBe('');
  });

  it('describes the filter in words, and names the file after the entity', () => {
    expect(filterDescription({}, index, 'en')).toBeNull();
    expect(filterDescription({ kind: 'court', query: '  isoc ' }, index, 'fr')).toBe(
      'Filtré : type Juridiction ; recherche « isoc ».',
    );
    expect(exportFileName({}, 'md')).toBe('eclairage-timeline.md');
    expect(exportFileName({ entity: 'cnil' }, 'csv')).toBe('eclairage-timeline-cnil.csv');
  });
});
