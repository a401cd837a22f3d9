import type { Citation, Dataset, Entity, Source } from '../../../data/schema';
import { DatasetIndex } from '../../../data/queries/lookup';
import { smallDataset } from '../components/fixtures';

/**
 * The shared two-event dataset, plus a second source (an undated wire, year inferred) and
 * an entity with a two-sentence summary, dated and undated facts and related entities:
 * everything a card shows, small enough to assert exact text.
 */
const wireText = 'Paris (AFP) - Le Cloud Act inquiète. Microsoft répond [sic] *vite*.';
const wire: Source = {
  id: 'wire',
  kind: 'wire-story',
  title: 'Une dépêche',
  titleGiven: false,
  outlet: 'AFP',
  language: 'fr',
  published: {
    iso: '2020',
    precision: 'year',
    inferred: true,
    approximate: false,
    reason: { fr: 'La dépêche n’a pas d’année.', en: 'The wire has no year.' },
  },
  uncitable: [],
  text: wireText,
};

function cite(source: Source, quote: string): Citation {
  const start = source.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in ${source.id}: ${quote}`);
  return { source: source.id, quote, start, end: start + quote.length };
}

const doc = smallDataset.sources[0]!;

export const cloudAct: Entity = {
  id: 'cloud-act',
  kind: 'law',
  name: { fr: 'Cloud Act', en: 'CLOUD Act' },
  aliases: [],
  summary: { fr: 'Loi américaine de 2018. Elle inquiète.', en: 'A 2018 US law. It worries.' },
  sentences: [
    { text: { fr: 'Loi américaine de 2018.', en: 'A 2018 US law.' }, refs: [0] },
    { text: { fr: 'Elle inquiète.', en: 'It worries.' }, refs: [0, 1] },
  ],
  facts: [
    {
      text: { fr: 'Adoptée.', en: 'Passed.' },
      date: { iso: '2018-03', precision: 'month', inferred: false, approximate: false },
      refs: [2],
    },
    { text: { fr: 'Microsoft répond.', en: 'Microsoft answers.' }, refs: [3] },
  ],
  citations: [
    cite(doc, 'Le Cloud Act adopté en 2018'),
    cite(wire, 'Le Cloud Act inquiète.'),
    cite(doc, 'permet des injonctions'),
    cite(wire, 'Microsoft répond [sic] *vite*.'),
  ],
  related: ['cnil', 'not-in-the-dataset'],
  core: true,
};

export const cardDataset: Dataset = {
  ...smallDataset,
  sources: [...smallDataset.sources, wire],
  entities: [...smallDataset.entities, cloudAct],
};

export const cardIndex = new DatasetIndex(cardDataset);
export const sourceOf = (id: string) => cardIndex.source(id);
export const entityOf = (id: string) => cardIndex.entity(id);
