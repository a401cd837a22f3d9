import { describe, expect, it } from 'vitest';
import { compileCatalogue } from '../../../data/compiler/compile';
import { CatalogueError } from '../../../data/compiler/problems';
import type { Catalogue } from '../../../data/schema';

const SEED =
  'Site menu\nLe Health Data Hub est hébergé par\nMicrosoft Azure. La CNIL a rendu un avis.\n' +
  'Commentaires\nJe pense que le Health Data Hub est une farce.';
const seeds = new Map([['doc', SEED]]);

/** A small catalogue that compiles; each test breaks one thing in a fresh copy. */
function validCatalogue(): Catalogue {
  return {
    sources: [
      {
        id: 'doc',
        kind: 'news-article',
        title: 'A test article',
        published: { iso: '2024-03-04', precision: 'day' },
        language: 'fr',
        uncitable: [
          { kind: 'furniture', from: 'Site menu', to: 'Site menu' },
          { kind: 'comments', from: 'Commentaires' },
        ],
      },
    ],
    entities: [
      {
        id: 'hdh',
        kind: 'public-body',
        name: { fr: 'Health Data Hub', en: 'Health Data Hub' },
        aliases: [{ text: 'Health Data Hub' }, { text: 'PDS', ambiguous: true }],
        summary: [
          {
            text: { fr: 'Hébergé par Microsoft.', en: 'Hosted by Microsoft.' },
            citations: [{ source: 'doc', quote: 'Le Health Data Hub est hébergé par Microsoft Azure.' }],
          },
        ],
        facts: [],
        related: ['cnil'],
      },
      {
        id: 'cnil',
        kind: 'public-body',
        name: { fr: 'CNIL', en: 'CNIL' },
        aliases: [{ text: 'CNIL' }, { text: 'PDS', ambiguous: true }],
        summary: [
          {
            text: { fr: 'A rendu un avis.', en: 'Gave an opinion.' },
            citations: [{ source: 'doc', quote: 'La CNIL a rendu un avis.' }],
          },
        ],
        facts: [],
        related: [],
      },
    ],
    events: [
      {
        id: 'opinion',
        date: { iso: '2024', precision: 'year' },
        title: { fr: 'Avis', en: 'Opinion' },
        description: { fr: 'La CNIL rend un avis.', en: 'The CNIL gives an opinion.' },
        entities: ['cnil'],
        citations: [{ source: 'doc', quote: 'La CNIL a rendu un avis.' }],
      },
    ],
  };
}

/** Compiles and returns the one-line messages of the problems found. */
function problemsOf(catalogue: Catalogue): string[] {
  try {
    compileCatalogue(catalogue, seeds);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogueError);
    return (error as CatalogueError).message.split('\n').slice(1);
  }
  return [];
}

describe('compileCatalogue', () => {
  it('compiles a valid catalogue and locates each quote, forgiving only whitespace', () => {
    const dataset = compileCatalogue(validCatalogue(), seeds);
    const [citation] = dataset.entities[0]!.citations;
    // The quote has a space where the seed has a line break.
    expect(SEED.slice(citation!.start, citation!.end)).toBe('Le Health Data Hub est hébergé par\nMicrosoft Azure.');
    expect(dataset.entities[0]!.summary).toEqual({ fr: 'Hébergé par Microsoft.', en: 'Hosted by Microsoft.' });
    expect(dataset.sources[0]!.uncitable.map((range) => range.kind)).toEqual(['furniture', 'comments']);
    expect(dataset.events[0]).toMatchObject({ id: 'opinion', date: '2024', precision: 'year', inferred: false });
  });

  it('refuses a quote that is not verbatim in its source', () => {
    const catalogue = validCatalogue();
    catalogue.entities[1]!.summary[0]!.citations[0]!.quote = 'La Cnil a rendu un avis.';
    expect(problemsOf(catalogue)).toEqual([
      '  - entity "cnil" › summary[0].citations[0].quote: quote not found verbatim in source "doc": "La Cnil a rendu un avis."',
    ]);
  });

  it('refuses a quote that lies only in reader comments or furniture', () => {
    const catalogue = validCatalogue();
    catalogue.events[0]!.citations = [
      { source: 'doc', quote: 'le Health Data Hub est une farce' },
      { source: 'doc', quote: 'Site menu' },
    ];
    const problems = problemsOf(catalogue);
    expect(problems[0]).toContain('event "opinion" › citations[0].quote: quote lies in the source\'s reader comments');
    expect(problems[0]).toContain('"le Health Data Hub est une farce"');
    expect(problems[1]).toContain('event "opinion" › citations[1].quote: quote lies in the source\'s page furniture');
  });

  it('refuses unknown source and entity ids', () => {
    const catalogue = validCatalogue();
    catalogue.events[0]!.citations[0]!.source = 'nowhere';
    catalogue.events[0]!.entities = ['cnil', 'ghost'];
    catalogue.entities[0]!.related = ['phantom'];
    expect(problemsOf(catalogue)).toEqual([
      '  - event "opinion" › citations[0].source: unknown source id: "nowhere"',
      '  - entity "hdh" › related[0]: unknown entity id: "phantom"',
      '  - event "opinion" › entities[1]: unknown entity id: "ghost"',
    ]);
  });

  it('refuses a summary sentence or an event without a citation', () => {
    const catalogue = validCatalogue();
    catalogue.entities[0]!.summary[0]!.citations = [];
    catalogue.events[0]!.citations = [];
    expect(problemsOf(catalogue)).toEqual([
      '  - entity "hdh" › summary[0].citations: a statement needs at least one citation',
      '  - event "opinion" › citations: an event needs at least one citation',
    ]);
  });

  it('refuses missing French or English text', () => {
    const catalogue = validCatalogue();
    catalogue.entities[0]!.summary[0]!.text.en = '';
    catalogue.events[0]!.title = { fr: 'Avis' } as never;
    expect(problemsOf(catalogue)).toEqual([
      '  - entity "hdh" › summary[0].text.en: missing English text',
      '  - event "opinion" › title.en: missing English text',
    ]);
  });

  it('refuses duplicate ids', () => {
    const catalogue = validCatalogue();
    catalogue.entities.push({ ...catalogue.entities[1]!, aliases: [{ text: 'Commission' }] });
    catalogue.events.push({ ...catalogue.events[0]! });
    catalogue.sources.push({ ...catalogue.sources[0]! });
    const problems = problemsOf(catalogue);
    expect(problems).toContain('  - source "doc" › id: duplicate source id: "doc"');
    expect(problems).toContain('  - entity "cnil" › id: duplicate entity id: "cnil"');
    expect(problems).toContain('  - event "opinion" › id: duplicate event id: "opinion"');
  });

  it('refuses an alias claimed by two entities unless both declare it ambiguous', () => {
    const catalogue = validCatalogue();
    catalogue.entities[1]!.aliases.push({ text: 'health data hub' });
    catalogue.entities[1]!.aliases[1]!.ambiguous = false;
    expect(problemsOf(catalogue)).toEqual([
      '  - entity "cnil" › aliases[1]: alias also claimed by entity "hdh"; declare it ambiguous on both or keep one: "PDS"',
      '  - entity "cnil" › aliases[2]: alias also claimed by entity "hdh"; declare it ambiguous on both or keep one: "health data hub"',
    ]);
  });

  it('refuses an event without a date, or with a date that is not what it claims', () => {
    const catalogue = validCatalogue();
    catalogue.events.push({ ...catalogue.events[0]!, id: 'undated', date: undefined as never });
    catalogue.events.push({ ...catalogue.events[0]!, id: 'vague', date: { iso: '2024-03', precision: 'day' } });
    catalogue.events.push({
      ...catalogue.events[0]!,
      id: 'guess',
      date: { iso: '2024', precision: 'year', inferred: true },
    });
    expect(problemsOf(catalogue)).toEqual([
      '  - event "undated" › date: missing date',
      '  - event "vague" › date.iso: not an ISO date of day precision: "2024-03"',
      '  - event "guess" › date.reason.fr: missing French text',
      '  - event "guess" › date.reason.en: missing English text',
    ]);
  });

  it('refuses a seed without an entry and furniture anchors that are missing', () => {
    const catalogue = validCatalogue();
    catalogue.sources[0]!.uncitable.push({ kind: 'furniture', from: 'Newsletter' });
    const problems = problemsOf({ ...catalogue });
    expect(problems).toEqual([
      '  - source "doc" › uncitable[2].from: anchor text not found in the source: "Newsletter"',
    ]);
    expect(() => compileCatalogue(validCatalogue(), new Map([...seeds, ['extra', 'text']]))).toThrow(
      'source "extra" › id: a seed document has no catalogue entry',
    );
  });
});
