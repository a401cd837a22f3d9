/**
 * Associations that went to law over the Health Data Hub's hosting: Internet Society
 * France (before the Conseil d'État, against the CNIL's EMC2 deliberation) and Anticor
 * (before the financial prosecutor, for favouritism).
 *
 * Rules that matter here:
 * - Every summary sentence and every fact cites at least one seed, verbatim (only
 *   whitespace may differ; mind Health uses curly ’ and “ ”).
 * - The date of ISOC France's announcement, "le 13 février dernier" in an article of
 *   4 March 2024, is inferred (see `../dates.ts`); the date the appeal was lodged is not
 *   given, so no fact claims it.
 * - "ISOC" alone is also the worldwide Internet Society: ambiguous.
 */
import type { EntityInput } from '../../schema';
import { isocAnnouncement } from '../dates';
import { JUVIN_QUESTION, MIND_HEALTH } from '../source-ids';

export const associations: EntityInput[] = [
  {
    id: 'isoc-france',
    kind: 'association',
    name: { fr: 'Internet Society France (ISOC)', en: 'Internet Society France (ISOC)' },
    aliases: [
      { text: 'Internet Society France' },
      { text: 'ISOC France', caseSensitive: false },
      { text: 'ISOC', caseSensitive: true, ambiguous: true },
    ],
    summary: [
      {
        text: {
          fr: 'Internet Society France (ISOC) est la première association à avoir déposé un recours en annulation devant le Conseil d’État contre la délibération de la Cnil autorisant l’hébergement d’EMC2 chez Microsoft.',
          en: 'Internet Society France (ISOC) is the first association to have asked the Council of State to annul the CNIL deliberation authorising EMC2’s hosting by Microsoft.',
        },
        citations: [
          {
            source: MIND_HEALTH,
            quote:
              'l’Internet Society France, la première association à déposer un recours en annulation devant le Conseil d’État',
          },
          {
            source: MIND_HEALTH,
            quote:
              'avoir déposé un recours devant le Conseil d’Etat pour obtenir l’annulation de la délibération de la Cnil',
          },
        ],
      },
      {
        text: {
          fr: 'Son président, Nicolas Chagny, veut que ce recours serve « d’électrochoc avec une visée pédagogique ».',
          en: 'Its president, Nicolas Chagny, wants the appeal to act as “a wake-up call with an educational aim”.',
        },
        citations: [
          {
            source: MIND_HEALTH,
            quote:
              'il doit servir “d’électrochoc avec une visée pédagogique” a souligné Nicolas Chagny, président de l’ISOC',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Elle a annoncé le 13 février 2024 avoir déposé ce recours.',
          en: 'It announced on 13 February 2024 that it had lodged this appeal.',
        },
        date: isocAnnouncement,
        citations: [
          {
            source: MIND_HEALTH,
            quote: 'qui a annoncé le 13 février dernier avoir déposé un recours',
          },
        ],
      },
      {
        text: {
          fr: 'C’est le premier recours déposé pour demander l’annulation pure et simple de cette décision.',
          en: 'It is the first appeal lodged to seek the outright annulment of this decision.',
        },
        citations: [
          {
            source: MIND_HEALTH,
            quote: 'S’il s’agit du premier recours déposé pour demander l’annulation pure et simple de cette décision',
          },
        ],
      },
      {
        text: {
          fr: 'L’ISOC veut inciter les pouvoirs publics à se remettre autour de la table avec les acteurs pour faire monter des fournisseurs européens face aux Gafam.',
          en: 'ISOC wants to push the authorities back to the table with the industry to build up European providers against the Gafam.',
        },
        citations: [
          {
            source: MIND_HEALTH,
            quote:
              'Nous voulons inciter les pouvoirs publics à se remettre autour de la table avec les acteurs, pour faire monter des fournisseurs européens face aux Gafam',
          },
        ],
      },
    ],
    related: ['nicolas-chagny', 'conseil-etat', 'cnil', 'emc2'],
  },
  {
    id: 'anticor',
    kind: 'association',
    name: { fr: 'Anticor', en: 'Anticor' },
    aliases: [{ text: 'Anticor' }],
    summary: [
      {
        text: {
          fr: 'Anticor est une association qui a saisi en mars 2021 le parquet national financier pour favoritisme dans le choix de l’hébergeur du Health Data Hub.',
          en: 'Anticor is an association that referred the choice of the Health Data Hub’s host to the National Financial Prosecutor’s Office for favouritism in March 2021.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote: "En mars 2021, l'association Anticor a saisi le parquet national financier (PNF) pour favoritisme",
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Elle estimait qu’une telle opération exigeait un haut niveau de transparence et une procédure de mise en concurrence irréprochable, relayée par les canaux d’information réglementaires.',
          en: 'It argued that such an operation required a high level of transparency and a flawless competitive procedure, advertised through the regulatory information channels.',
        },
        date: { iso: '2021-03', precision: 'month' },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              "telle opération exigeait un haut niveau de transparence et une procédure de mise en concurrence irréprochable, relayée par le biais des canaux d'information réglementaires",
          },
        ],
      },
    ],
    related: ['pnf', 'health-data-hub'],
  },
];
