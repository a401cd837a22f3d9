import { describe, expect, it } from 'vitest';
import { dataset } from '../../../data/dataset';
import { readSeeds } from '../../../data/compiler/read-seeds';
import type { Citation } from '../../../data/schema';

const seeds = readSeeds();
const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

const REQUIRED_ENTITIES = [
  'health-data-hub',
  'emc2',
  'cloud-act',
  'microsoft-azure',
  'cnil',
  'ema',
  'omop',
  'data-privacy-framework',
  'privacy-shield',
  'secnumcloud',
  'ovhcloud',
  'numspot',
  'cloud-temple',
  'isoc-france',
  'conseil-etat',
  'anticor',
  'pnf',
  'dns-sante',
  'dinum',
  'ans',
  'dge',
  'cnam',
  'aws',
  'cjeu',
  'philippe-latombe',
  'philippe-juvin',
  'cedric-o',
  'olivier-veran',
  'stephanie-combes',
  'claude-raynal',
  'nicolas-chagny',
];

function allCitations(): { owner: string; citation: Citation }[] {
  return [
    ...dataset.entities.flatMap((entity) => entity.citations.map((citation) => ({ owner: entity.id, citation }))),
    ...dataset.events.flatMap((event) => event.citations.map((citation) => ({ owner: event.id, citation }))),
  ];
}

describe('the compiled dataset', () => {
  it('has one source per seed, with its full text', () => {
    expect(dataset.sources.map((source) => source.id).sort()).toEqual([...seeds.keys()].sort());
    for (const source of dataset.sources) expect(source.text).toBe(seeds.get(source.id));
  });

  it('quotes every citation verbatim, at its offsets, outside furniture and comments', () => {
    const citations = allCitations();
    expect(citations.length).toBeGreaterThan(100);
    for (const { owner, citation } of citations) {
      const source = dataset.sources.find((candidate) => candidate.id === citation.source)!;
      const passage = source.text.slice(citation.start, citation.end);
      expect(collapse(passage), owner).toBe(collapse(citation.quote));
      for (const range of source.uncitable) {
        expect(citation.end <= range.start || citation.start >= range.end, `${owner} cites ${range.kind}`).toBe(true);
      }
    }
  });

  it('marks the reader comments of the wire story as never citable', () => {
    const wire = dataset.sources.find((source) => source.kind === 'wire-story')!;
    const comments = wire.uncitable.find((range) => range.kind === 'comments');
    expect(wire.text.slice(comments!.start, comments!.start + 13)).toBe('Quelle farce.');
    expect(comments!.end).toBe(wire.text.length);
  });

  it('has every required entity, each with a cited summary of 1 to 3 sentences in both languages', () => {
    const ids = dataset.entities.map((entity) => entity.id);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED_ENTITIES));
    expect(new Set(ids).size).toBe(ids.length);
    for (const entity of dataset.entities) {
      expect(entity.sentences.length, entity.id).toBeGreaterThanOrEqual(1);
      expect(entity.sentences.length, entity.id).toBeLessThanOrEqual(3);
      for (const sentence of entity.sentences) expect(sentence.refs.length, entity.id).toBeGreaterThan(0);
      expect(entity.summary.fr.length, entity.id).toBeGreaterThan(0);
      expect(entity.summary.en.length, entity.id).toBeGreaterThan(0);
      expect(entity.aliases.length, entity.id).toBeGreaterThan(0);
      for (const related of entity.related) expect(ids, `${entity.id} → ${related}`).toContain(related);
    }
  });

  it('has well over a dozen dated, cited events, from the 2018 Cloud Act to February 2024', () => {
    expect(dataset.events.length).toBeGreaterThan(14);
    for (const event of dataset.events) {
      expect(event.date, event.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/u);
      expect(event.citations.length, event.id).toBeGreaterThan(0);
      if (event.inferred) expect(event.dateReason?.en, event.id).toBeTruthy();
    }
    const dates = dataset.events.map((event) => event.date).sort();
    expect(dates[0]).toBe('2018');
    expect(dates[dates.length - 1]!.startsWith('2024-02')).toBe(true);
    const cloudAct = dataset.events.find((event) => event.date === '2018')!;
    expect(cloudAct.entities).toContain('cloud-act');
  });

  it('invents no URL: no address appears outside the seeds themselves', () => {
    const written = JSON.stringify({ entities: dataset.entities, events: dataset.events });
    expect(written).not.toMatch(/https?:|www\./u);
  });

  it('invents no author or outlet: each one named is written in its source', () => {
    for (const source of dataset.sources) {
      if (source.author) expect(source.text, source.id).toContain(source.author);
      if (source.outlet) expect(source.text, source.id).toContain(source.outlet);
    }
  });
});
