import type { Dataset } from '../../../data/schema';

const text = 'Intro. Le Cloud Act adopté en 2018 permet des injonctions. La CNIL a autorisé EMC2. Fin.';
const at = (quote: string) => ({
  source: 'doc',
  quote,
  start: text.indexOf(quote),
  end: text.indexOf(quote) + quote.length,
});

/** A two-event dataset for rendering components without the real catalogue. */
export const smallDataset: Dataset = {
  schemaVersion: 1,
  sources: [
    {
      id: 'doc',
      kind: 'news-article',
      title: 'Un article',
      titleGiven: true,
      outlet: 'Le Média',
      language: 'fr',
      published: { iso: '2024-03-04', precision: 'day', inferred: false, approximate: false },
      uncitable: [],
      text,
    },
  ],
  entities: [
    {
      id: 'cnil',
      kind: 'public-body',
      name: { fr: 'CNIL', en: 'CNIL' },
      aliases: [],
      summary: { fr: 'Autorité.', en: 'Authority.' },
      sentences: [{ text: { fr: 'Autorité.', en: 'Authority.' }, refs: [0] }],
      facts: [],
      citations: [at('La CNIL a autorisé EMC2.')],
      related: [],
      core: false,
    },
  ],
  events: [
    {
      id: 'later',
      date: '2023-12',
      precision: 'month',
      inferred: true,
      approximate: false,
      dateReason: { fr: 'Déduit.', en: 'Inferred.' },
      title: { fr: 'Autorisation', en: 'Authorisation' },
      description: { fr: 'La CNIL autorise.', en: 'The CNIL authorises.' },
      entities: ['cnil'],
      citations: [at('La CNIL a autorisé EMC2.')],
    },
    {
      id: 'earlier',
      date: '2018',
      precision: 'year',
      inferred: false,
      approximate: false,
      title: { fr: 'Cloud Act', en: 'Cloud Act' },
      description: { fr: 'Adoption.', en: 'Passed.' },
      entities: ['cnil'],
      citations: [at('Le Cloud Act adopté en 2018'), at('permet des injonctions')],
    },
  ],
};
