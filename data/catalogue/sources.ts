/**
 * The five seed documents, one entry each: the only ground the catalogue stands on.
 *
 * Rules that matter here:
 * - `id` is the seed's file name without `.txt`.
 * - `title`, `outlet`, `author` and `reference` only as the document itself gives them; a
 *   title we wrote because the document has none carries `titleGiven: false`.
 * - `published` is stated by the document unless `inferred: true`, which then gives its
 *   reason in French and English.
 * - `uncitable` marks page furniture and reader comments by anchor texts copied verbatim
 *   from the seed and unique in it (`to` included; no `to` = to the end of the document).
 *   No citation anywhere in the catalogue may fall inside these ranges.
 */
import type { SourceInput } from '../schema';
import { AFP_WIRE, INCYBER, JUVIN_QUESTION, LATOMBE_QUESTION, MIND_HEALTH } from './source-ids';

export const sources: SourceInput[] = [
  {
    id: LATOMBE_QUESTION,
    kind: 'parliamentary-question',
    title: "Question n° 15221 de Philippe Latombe sur l'attribution du projet Emc2 à Microsoft Azure",
    titleGiven: false,
    author: 'Philippe Latombe',
    reference: 'Question N° 15221',
    published: { iso: '2024-02-13', precision: 'day' },
    language: 'fr',
    uncitable: [
      // Photo caption.
      { kind: 'furniture', from: 'Photo issue du site', to: 'ou de Wikipedia' },
      // "Get alerted" widget.
      { kind: 'furniture', from: 'Être alerté lorsque cette', to: 'par e-mail' },
      // Empty answer block, comment counter and sign-in links, to the end.
      { kind: 'furniture', from: 'Réponse\n\nCette question' },
    ],
  },
  {
    id: JUVIN_QUESTION,
    kind: 'parliamentary-question',
    title: "Question n° 12432 de Philippe Juvin sur l'hébergement des données de santé du Health Data Hub",
    titleGiven: false,
    author: 'Philippe Juvin',
    reference: 'Question N° 12432',
    published: { iso: '2023-10-24', precision: 'day' },
    language: 'fr',
    uncitable: [
      { kind: 'furniture', from: 'Photo issue du site', to: 'ou de Wikipedia' },
      { kind: 'furniture', from: 'Être alerté lorsque cette', to: 'par e-mail' },
      { kind: 'furniture', from: 'Réponse\n\nCette question' },
    ],
  },
  {
    id: MIND_HEALTH,
    kind: 'news-article',
    title: 'L’hébergement d’EMC2 par Azure : imbroglio juridique et technique',
    outlet: 'mind Health',
    author: 'Clarisse Treilles',
    published: { iso: '2024-03-04', precision: 'day' },
    language: 'fr',
    uncitable: [
      // Subscription banner above the title.
      { kind: 'furniture', from: 'TEST 15', to: 'JOURS' },
      // Paywall cut and "contact our research service" box, to the end.
      { kind: 'furniture', from: 'Besoin d’informations complémentaires ?' },
    ],
  },
  {
    id: INCYBER,
    kind: 'news-article',
    title: 'La Cnil autorise l’hébergement de l’entrepôt de données de santé EMC2 par Microsoft Azure',
    titleGiven: false,
    outlet: 'Incyber',
    published: {
      iso: '2024',
      precision: 'year',
      inferred: true,
      reason: {
        fr: 'L’article n’est pas daté. Il rapporte comme déjà advenue la publication au Journal officiel, le 31 janvier 2024, de la délibération de la Cnil : il date donc au plus tôt de 2024, l’année retenue ici. Le mois n’est pas connu.',
        en: 'The article is undated. It reports as already past the publication in the Journal officiel, on 31 January 2024, of the CNIL’s deliberation, so it dates from 2024 at the earliest, the year given here. The month is not known.',
      },
    },
    language: 'fr',
    uncitable: [
      // The newsletter box appears twice, word for word, at the end. Any anchor inside the
      // first box also occurs in the second, so the anchor is the whole first box plus the
      // first words of the second: the only text that starts at the first box and is unique.
      {
        kind: 'furniture',
        from: "Restez informés en temps réel\nS'inscrire à\nla newsletter\nEn fournissant votre email vous acceptez de recevoir la newsletter de Incyber et vous avez pris connaissance de notre politique de confidentialité. Vous pourrez vous désinscrire à tout moment en cliquant sur le lien de désabonnement présent dans tous nos emails.\nRestez informés",
      },
    ],
  },
  {
    id: AFP_WIRE,
    kind: 'wire-story',
    title: 'Données de santé: Cédric O veut rapatrier le Health Data Hub hébergé par Microsoft',
    outlet: 'AFP',
    published: {
      iso: '2020',
      precision: 'year',
      inferred: true,
      reason: {
        fr: 'La dépêche ne donne aucune année. Elle présente comme passé le choix de Microsoft « début 2019 », puis rapporte sans année, comme récents, des faits de juin, de juillet et de fin septembre (l’annulation du Privacy Shield y est dite « récente ») ; qu’elle écrive l’année 2019 en toutes lettres mais aucune pour ces faits suggère qu’ils appartiennent à l’année en cours et qu’elle n’est pas 2019. Nous retenons donc l’année suivante, 2020, que la source n’écrit pas.',
        en: 'The wire gives no year. It tells as past the choice of Microsoft in “early 2019”, then reports without a year, as recent, events of June, July and late September (the annulment of the Privacy Shield is called “recent”); that it spells out 2019 but gives no year for these events suggests they belong to the current year and that it is not 2019. We therefore take the following year, 2020, which the source does not write.',
      },
    },
    language: 'fr',
    uncitable: [
      // Related-article links of the hosting site.
      { kind: 'furniture', from: '- L’X accueille', to: 'pour son IPO - 17/01/2025' },
      // Reader comments, to the end.
      { kind: 'comments', from: 'Quelle farce..' },
    ],
  },
];
