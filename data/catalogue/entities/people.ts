/**
 * People the seeds name in the affair: members of Parliament who questioned the
 * government, ministers, the Health Data Hub's director and ISOC France's president.
 *
 * Rules that matter here:
 * - Every summary sentence and every fact cites at least one seed, verbatim (only
 *   whitespace may differ).
 * - A person's role is given only as the seed gives it, and as of that seed ("présentée
 *   comme", "selon la dépêche"): the seeds do not say that Philippe Juvin is a deputy,
 *   so the statements only say that he put the question.
 * - Dates from the AFP wire, which states no year, are inferred (see `../dates.ts`).
 * - Aliases are full names; "Cédric O" is short, so it is case-sensitive. Surnames alone
 *   are given only where rare, and then as ambiguous.
 */
import type { EntityInput } from '../../schema';
import { wireJune, wireThursday } from '../dates';
import { AFP_WIRE, INCYBER, JUVIN_QUESTION, LATOMBE_QUESTION, MIND_HEALTH } from '../source-ids';

export const people: EntityInput[] = [
  {
    id: 'philippe-latombe',
    kind: 'person',
    name: { fr: 'Philippe Latombe', en: 'Philippe Latombe' },
    aliases: [{ text: 'Philippe Latombe' }, { text: 'Latombe', ambiguous: true }],
    summary: [
      {
        text: {
          fr: 'Philippe Latombe est député (DEM) et compte parmi les défenseurs d’une souveraineté numérique stricte qui ont critiqué l’autorisation d’EMC2 par la Cnil.',
          en: 'Philippe Latombe is a member of Parliament (DEM) and one of the advocates of strict digital sovereignty who criticised the CNIL’s authorisation of EMC2.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Cette décision a d’ailleurs généré de très nombreuses critiques chez les défenseurs d’une souveraineté numérique stricte, dont celles du député Philippe Latombe (DEM)',
          },
        ],
      },
      {
        text: {
          fr: 'Dans une question soumise le 13 février 2024, il alerte le Premier ministre sur l’attribution du projet EMC2 à Microsoft Azure.',
          en: 'In a question submitted on 13 February 2024, he alerts the Prime Minister to the award of the EMC2 project to Microsoft Azure.',
        },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote:
              "M. Philippe Latombe alerte M. le Premier ministre sur l'attribution du « projet Emc2 » à Microsoft Azure",
          },
          { source: LATOMBE_QUESTION, quote: 'Question soumise le 13 février 2024' },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Il juge la décision de la Cnil fondée en droit, mais en contradiction totale avec les objectifs de souveraineté du gouvernement.',
          en: 'He considers the CNIL’s decision legally sound but in complete contradiction with the government’s sovereignty goals.',
        },
        date: { iso: '2024-02-13', precision: 'day' },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote:
              'celle-ci est en contradiction totale avec les objectifs légitimes du Gouvernement en matière de souveraineté',
          },
        ],
      },
      {
        text: {
          fr: 'Il demande comment le gouvernement compte mettre immédiatement un terme à une situation qui menace, selon lui, des données parmi les plus sensibles et la souveraineté du pays.',
          en: 'He asks how the government intends to put an immediate end to a situation that, in his view, threatens some of the most sensitive data and the country’s sovereignty.',
        },
        date: { iso: '2024-02-13', precision: 'day' },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote:
              'comment il compte mettre immédiatement un terme à une situation qui menace les données parmi les plus sensibles des concitoyens et la souveraineté du pays',
          },
        ],
      },
      {
        text: {
          fr: 'Il demande aussi si un changement de gouvernance de la Plateforme des données de santé est enfin à l’ordre du jour.',
          en: 'He also asks whether a change in the governance of the Health Data Platform is at last on the agenda.',
        },
        date: { iso: '2024-02-13', precision: 'day' },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote: "si un changement de gouvernance de la PDS est enfin à l'ordre du jour",
          },
        ],
      },
    ],
    related: ['emc2', 'cnil', 'data-privacy-framework', 'health-data-hub'],
  },
  {
    id: 'philippe-juvin',
    kind: 'person',
    name: { fr: 'Philippe Juvin', en: 'Philippe Juvin' },
    aliases: [{ text: 'Philippe Juvin' }, { text: 'Juvin', ambiguous: true }],
    summary: [
      {
        text: {
          fr: 'Philippe Juvin a interrogé le ministre de la santé et de la prévention, dans une question soumise le 24 octobre 2023, sur l’hébergement des données du Health Data Hub.',
          en: 'Philippe Juvin questioned the minister for health and prevention, in a question submitted on 24 October 2023, about the hosting of the Health Data Hub’s data.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              "M. Philippe Juvin interroge M. le ministre de la santé et de la prévention sur l'hébergement des données de santé",
          },
          { source: JUVIN_QUESTION, quote: 'Question soumise le 24 octobre 2023' },
        ],
      },
      {
        text: {
          fr: 'Il demande la position du ministre sur le délai de réintégration des données dans l’Union européenne et sur les missions stratégiques du Health Data Hub.',
          en: 'He asks for the minister’s position on the time frame for bringing the data back into the European Union and on the Health Data Hub’s strategic missions.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              "sa position sur le délai de réintégration des données dans l'Union européenne mais aussi plus globalement sur les missions stratégiques confiées au health data hub",
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Selon lui, le gouvernement, qui souhaitait une solution européenne à défaut de française, semble être revenu sur ses engagements.',
          en: 'In his view, the government, which wanted a European solution failing a French one, seems to have gone back on its commitments.',
        },
        date: { iso: '2023-10-24', precision: 'day' },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              'Le Gouvernement, qui souhaitait trouver une solution européenne, à défaut de française, semble être revenu sur ses engagements',
          },
        ],
      },
      {
        text: {
          fr: 'Il estime que le retrait de la demande d’autorisation auprès de la Cnil crée une forte incertitude sur les missions du Health Data Hub.',
          en: 'He considers that withdrawing the application to the CNIL creates strong uncertainty about the Health Data Hub’s missions.',
        },
        date: { iso: '2023-10-24', precision: 'day' },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote: 'Cela crée une forte incertitude concernant les missions du health data hub',
          },
        ],
      },
    ],
    related: ['health-data-hub', 'stephanie-combes', 'claude-raynal', 'cnil'],
  },
  {
    id: 'cedric-o',
    kind: 'person',
    name: { fr: 'Cédric O', en: 'Cédric O' },
    // Short: case-sensitive, so that no lower-case "cédric o…" counts.
    aliases: [{ text: 'Cédric O', caseSensitive: true }],
    summary: [
      {
        text: {
          fr: 'Cédric O, secrétaire d’État au numérique selon la dépêche de l’AFP, a annoncé devant des sénateurs que le gouvernement voulait transférer le Health Data Hub, hébergé par Microsoft, sur des plateformes françaises ou européennes.',
          en: 'Cédric O, junior minister for digital affairs according to the AFP wire, told senators that the government wanted to move the Health Data Hub, hosted by Microsoft, to French or European platforms.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote: 'a indiqué jeudi le secrétaire d’Etat au numérique Cédric O',
          },
          {
            source: AFP_WIRE,
            quote:
              'au transfert du Health Data Hub sur des plateformes françaises ou européennes », a déclaré Cédric O, auditionné par des sénateurs',
          },
        ],
      },
      {
        text: {
          fr: 'La dépêche rapporte qu’il a justifié le choix initial de Microsoft par la volonté du gouvernement de « démarrer très vite ».',
          en: 'The wire reports that he justified the initial choice of Microsoft by the government’s wish “to get started very quickly”.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote: 'la volonté du gouvernement était « de démarrer très vite »',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'En juin, il avait jugé « normal » qu’un appel d’offres sur l’hébergement du Health Data Hub ait lieu « dans les mois qui viennent », pour permettre à des acteurs européens de se positionner.',
          en: 'In June he had called it “normal” for a call for tenders on hosting the Health Data Hub to be held “in the coming months”, so that European providers could bid.',
        },
        date: wireJune,
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'Cédric O avait déjà jugé « normal » en juin qu’il y ait, « dans les mois qui viennent », un appel d’offres sur l’hébergement de cette plateforme',
          },
        ],
      },
      {
        text: {
          fr: 'Il a annoncé des discussions sur ce sujet avec les partenaires allemands de la France.',
          en: 'He announced talks on the matter with France’s German partners.',
        },
        date: wireThursday,
        citations: [
          {
            source: AFP_WIRE,
            quote: 'Nous aurons sur ce sujet des discussions avec nos partenaires allemands',
          },
        ],
      },
      {
        text: {
          fr: 'Il a qualifié l’annulation du Privacy Shield de « coup de tonnerre ».',
          en: 'He called the annulment of the Privacy Shield a “thunderclap”.',
        },
        date: wireThursday,
        citations: [
          {
            source: AFP_WIRE,
            quote: 'après le coup de tonnerre de l’annulation du Privacy Shield',
          },
        ],
      },
    ],
    related: ['olivier-veran', 'health-data-hub', 'privacy-shield', 'microsoft'],
  },
  {
    id: 'olivier-veran',
    kind: 'person',
    name: { fr: 'Olivier Véran', en: 'Olivier Véran' },
    aliases: [{ text: 'Olivier Véran' }, { text: 'Véran', ambiguous: true }],
    summary: [
      {
        text: {
          fr: 'Olivier Véran est présenté dans la dépêche de l’AFP comme le ministre de la Santé avec qui Cédric O dit travailler au transfert du Health Data Hub.',
          en: 'Olivier Véran is described in the AFP wire as the health minister with whom Cédric O says he is working on moving the Health Data Hub.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote: 'Nous travaillons avec [le ministre de la Santé] Olivier Véran',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Ce transfert, sur des plateformes françaises ou européennes, fait suite à l’annulation du Privacy Shield.',
          en: 'This move, to French or European platforms, follows the annulment of the Privacy Shield.',
        },
        date: wireThursday,
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'après le coup de tonnerre de l’annulation du Privacy Shield, au transfert du Health Data Hub sur des plateformes françaises ou européennes',
          },
        ],
      },
    ],
    related: ['cedric-o', 'health-data-hub'],
  },
  {
    id: 'stephanie-combes',
    kind: 'person',
    name: { fr: 'Stéphanie Combes', en: 'Stéphanie Combes' },
    aliases: [{ text: 'Stéphanie Combes' }],
    summary: [
      {
        text: {
          fr: 'Stéphanie Combes est présentée comme la directrice du Health Data Hub.',
          en: 'Stéphanie Combes is described as the director of the Health Data Hub.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote: 'La directrice du health data hub, Mme Stéphanie Combes',
          },
        ],
      },
      {
        text: {
          fr: 'Elle a reconnu que la migration ne semblait pas envisageable avant 2025.',
          en: 'She acknowledged that the migration did not seem feasible before 2025.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote: 'a ainsi reconnu que « la migration ne semble pas envisageable avant 2025 »',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Philippe Juvin cite cette déclaration pour montrer que le gouvernement semble être revenu sur son engagement de trouver une solution européenne.',
          en: 'Philippe Juvin cites this statement to show that the government seems to have gone back on its commitment to find a European solution.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote: 'semble être revenu sur ses engagements. La directrice du health data hub',
          },
        ],
      },
    ],
    related: ['health-data-hub', 'philippe-juvin'],
  },
  {
    id: 'claude-raynal',
    kind: 'person',
    name: { fr: 'Claude Raynal', en: 'Claude Raynal' },
    aliases: [{ text: 'Claude Raynal' }],
    summary: [
      {
        text: {
          fr: 'Claude Raynal est un sénateur dont la question écrite a reçu une réponse sur la stratégie nationale du cloud souverain, citée par Philippe Juvin.',
          en: 'Claude Raynal is a senator whose written question received an answer on the national sovereign cloud strategy, quoted by Philippe Juvin.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote: 'La réponse à une question écrite du sénateur Claude Raynal stipule que',
          },
          {
            source: JUVIN_QUESTION,
            quote: 'la stratégie nationale du cloud souverain',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Cette réponse indique que des états de situation sont régulièrement réalisés avec la DINUM et la DGE afin de pouvoir basculer sur les solutions françaises « le moment venu ».',
          en: 'That answer states that regular reviews are carried out with DINUM and the DGE so as to be able to switch to French solutions “when the time comes”.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              'des états de situations sont régulièrement réalisés avec la direction interministérielle du numérique et la direction générale des entreprises',
          },
          {
            source: JUVIN_QUESTION,
            quote: 'pouvoir basculer sur ces solutions le moment venu',
          },
        ],
      },
    ],
    related: ['dinum', 'dge', 'senat', 'philippe-juvin'],
  },
  {
    id: 'nicolas-chagny',
    kind: 'person',
    name: { fr: 'Nicolas Chagny', en: 'Nicolas Chagny' },
    aliases: [{ text: 'Nicolas Chagny' }, { text: 'Chagny', ambiguous: true }],
    summary: [
      {
        text: {
          fr: 'Nicolas Chagny est le président d’Internet Society France (ISOC).',
          en: 'Nicolas Chagny is the president of Internet Society France (ISOC).',
        },
        citations: [{ source: MIND_HEALTH, quote: 'Nicolas Chagny, président de l’ISOC' }],
      },
      {
        text: {
          fr: 'Il veut que le recours de l’ISOC contre la délibération de la Cnil serve « d’électrochoc avec une visée pédagogique ».',
          en: 'He wants ISOC’s appeal against the CNIL deliberation to act as “a wake-up call with an educational aim”.',
        },
        citations: [
          {
            source: MIND_HEALTH,
            quote: 'il doit servir “d’électrochoc avec une visée pédagogique”',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Il veut inciter les pouvoirs publics à faire monter des fournisseurs européens face aux Gafam, et dénonce leur attitude « défaitiste ».',
          en: 'He wants to push the authorities to build up European providers against the Gafam, and denounces their “defeatist” attitude.',
        },
        citations: [
          {
            source: MIND_HEALTH,
            quote: 'pour faire monter des fournisseurs européens face aux Gafam',
          },
          {
            source: MIND_HEALTH,
            quote: 'pointant du doigt l’attitude “défaitiste” des pouvoirs publics',
          },
        ],
      },
    ],
    related: ['isoc-france', 'conseil-etat', 'cnil'],
  },
];
