/**
 * The timeline: every dated event the seeds report, oldest first.
 *
 * Rules that matter here:
 * - Every event cites at least one seed, verbatim (only whitespace may differ).
 * - `date` is as precise as the source and no more. A date the source states is not
 *   inferred; one it only implies is `inferred: true` with a reason (fr and en); one the
 *   source gives vaguely ("Début 2019", "fin septembre") is `approximate: true`.
 * - The AFP wire states no year: its June, July, late-September and "jeudi" events take
 *   the year inferred for the wire, 2020 (see `dates.ts` and `sources.ts`).
 * - Undated statements (the DNS/DINUM/ANS expert mission, the Senate petition, Stéphanie
 *   Combes's "pas envisageable avant 2025", the answer to Claude Raynal) are entity facts,
 *   not events: no date can honestly be given to them.
 * - Ids: kebab-case, prefixed with the year (and month or day when known).
 */
import type { EventInput } from '../schema';
import {
  senatePetition,
  cnilDeliberation,
  deliberationPublished,
  early2019,
  isocAnnouncement,
  wireAfterJuly,
  wireJuly,
  wireJune,
  wireLateSeptember,
  wireThursday,
} from './dates';
import { AFP_WIRE, INCYBER, JUVIN_QUESTION, LATOMBE_QUESTION, MIND_HEALTH } from './source-ids';

export const events: EventInput[] = [
  {
    id: '2018-cloud-act-adopted',
    date: { iso: '2018', precision: 'year' },
    title: { fr: 'Adoption du Cloud Act', en: 'The Cloud Act is passed' },
    description: {
      fr: 'Les États-Unis adoptent le Cloud Act, que les critiques du Health Data Hub citent parmi les lois extraterritoriales par lesquelles le gouvernement américain pourrait capter ses données.',
      en: 'The United States passes the Cloud Act, which critics of the Health Data Hub cite among the extraterritorial laws through which the US government could capture its data.',
    },
    entities: ['cloud-act', 'health-data-hub'],
    citations: [
      {
        source: JUVIN_QUESTION,
        quote:
          'les données étaient potentiellement captables par le gouvernement américain via ses lois extraterritoriales et notamment le Coud Act adopté en 2018',
      },
    ],
  },
  {
    id: '2019-microsoft-azure-chosen',
    date: early2019,
    title: {
      fr: 'Microsoft Azure choisi pour héberger le Health Data Hub',
      en: 'Microsoft Azure chosen to host the Health Data Hub',
    },
    description: {
      fr: 'Le gouvernement choisit, dans une grande discrétion, de confier l’hébergement des données du Health Data Hub à Microsoft Azure, sans appel d’offres.',
      en: 'The government very discreetly chooses to entrust the hosting of the Health Data Hub’s data to Microsoft Azure, without a call for tenders.',
    },
    entities: ['health-data-hub', 'microsoft-azure', 'microsoft'],
    citations: [
      {
        source: AFP_WIRE,
        quote:
          'Début 2019, le gouvernement a choisi dans une grande discrétion de confier l’hébergement de ces données à Microsoft Azure',
      },
      {
        source: JUVIN_QUESTION,
        quote: "Il n'avait pas été effectué d'appel d'offre",
      },
    ],
  },
  {
    id: '2020-06-cedric-o-expects-call-for-tenders',
    date: wireJune,
    title: {
      fr: 'Cédric O juge « normal » un appel d’offres',
      en: 'Cédric O calls a tender “normal”',
    },
    description: {
      fr: 'Le secrétaire d’État au numérique juge « normal » qu’un appel d’offres sur l’hébergement du Health Data Hub ait lieu dans les mois qui viennent, pour permettre à des acteurs européens de se positionner.',
      en: 'The junior minister for digital affairs calls it “normal” for a call for tenders on hosting the Health Data Hub to be held in the coming months, so that European providers can bid.',
    },
    entities: ['cedric-o', 'health-data-hub'],
    citations: [
      {
        source: AFP_WIRE,
        quote:
          'Cédric O avait déjà jugé « normal » en juin qu’il y ait, « dans les mois qui viennent », un appel d’offres sur l’hébergement de cette plateforme',
      },
      {
        source: AFP_WIRE,
        quote: 'pour permettre à des acteurs européens de se positionner',
      },
    ],
  },
  {
    id: '2020-07-privacy-shield-invalidated',
    date: wireJuly,
    title: { fr: 'Le Privacy Shield invalidé', en: 'The Privacy Shield is invalidated' },
    description: {
      fr: 'La justice européenne invalide le Privacy Shield, la base légale sur laquelle Microsoft, comme 5 000 entreprises américaines, s’appuyait pour transférer certaines données vers les États-Unis.',
      en: 'The European courts invalidate the Privacy Shield, the legal basis on which Microsoft, like 5,000 American companies, relied to transfer some data to the United States.',
    },
    entities: ['privacy-shield', 'cjeu', 'microsoft'],
    citations: [
      {
        source: AFP_WIRE,
        quote: 'En juillet, la justice européenne a invalidé l’accord « Privacy Shield »',
      },
      {
        source: AFP_WIRE,
        quote:
          'la base légale sur laquelle s’appuyait Microsoft, comme 5 000 entreprises américaines, pour transférer certaines données vers ses serveurs outre-Atlantique',
      },
    ],
  },
  {
    id: '2020-associations-petition-conseil-etat',
    date: wireAfterJuly,
    title: {
      fr: 'Des associations saisissent le Conseil d’État',
      en: 'Associations petition the Council of State',
    },
    description: {
      fr: 'À la suite de l’invalidation du Privacy Shield, des associations demandent au Conseil d’État de suspendre les transferts de données vers le Health Data Hub.',
      en: 'Following the invalidation of the Privacy Shield, associations ask the Council of State to suspend data transfers to the Health Data Hub.',
    },
    entities: ['conseil-etat', 'privacy-shield', 'health-data-hub'],
    citations: [
      {
        source: AFP_WIRE,
        quote: 'Saisi à la suite de cette décision par des associations, le Conseil d’État',
      },
      {
        source: AFP_WIRE,
        quote: 'un recours visant à suspendre les transferts de données vers la plateforme',
      },
    ],
  },
  {
    id: '2020-09-conseil-etat-rejects-suspension',
    date: wireLateSeptember,
    title: {
      fr: 'Le Conseil d’État rejette la demande de suspension',
      en: 'The Council of State rejects the suspension request',
    },
    description: {
      fr: 'Le Conseil d’État rejette le recours visant à suspendre les transferts de données vers le Health Data Hub, estimant que les mesures demandées ne relèvent pas du juge des référés, sans se prononcer sur le fond.',
      en: 'The Council of State rejects the application to suspend data transfers to the Health Data Hub, holding that the measures sought are not for the urgent-applications judge, without ruling on the merits.',
    },
    entities: ['conseil-etat', 'health-data-hub'],
    citations: [
      {
        source: AFP_WIRE,
        quote: 'le Conseil d’État a rejeté fin septembre un recours',
      },
      {
        source: AFP_WIRE,
        quote:
          'considérant que les mesures sollicitées ne relevaient pas du juge des référés, mais sans se prononcer sur le fond',
      },
    ],
  },
  {
    id: '2020-cedric-o-announces-repatriation',
    date: wireThursday,
    title: {
      fr: 'Cédric O veut rapatrier le Health Data Hub',
      en: 'Cédric O wants to bring the Health Data Hub home',
    },
    description: {
      fr: 'Auditionné par des sénateurs, Cédric O annonce que le gouvernement travaille avec le ministre de la Santé Olivier Véran au transfert du Health Data Hub, hébergé par Microsoft, sur des plateformes françaises ou européennes, après l’annulation du Privacy Shield.',
      en: 'At a Senate hearing, Cédric O announces that the government is working with health minister Olivier Véran on moving the Health Data Hub, hosted by Microsoft, to French or European platforms after the Privacy Shield’s annulment.',
    },
    entities: ['cedric-o', 'olivier-veran', 'health-data-hub', 'microsoft', 'privacy-shield', 'senat'],
    citations: [
      {
        source: AFP_WIRE,
        quote:
          'Le gouvernement veut rapatrier la plateforme française de données de santé pour la recherche, aujourd’hui hébergée par l’américain Microsoft',
      },
      {
        source: AFP_WIRE,
        quote: 'a indiqué jeudi le secrétaire d’Etat au numérique Cédric O',
      },
      { source: AFP_WIRE, quote: 'Nous travaillons avec [le ministre de la Santé] Olivier Véran' },
      {
        source: AFP_WIRE,
        quote: 'au transfert du Health Data Hub sur des plateformes françaises ou européennes',
      },
      { source: AFP_WIRE, quote: 'après le coup de tonnerre de l’annulation du Privacy Shield' },
      { source: AFP_WIRE, quote: 'a déclaré Cédric O, auditionné par des sénateurs' },
    ],
  },
  {
    id: '2021-03-anticor-refers-to-pnf',
    date: { iso: '2021-03', precision: 'month' },
    title: {
      fr: 'Anticor saisit le parquet national financier',
      en: 'Anticor goes to the financial prosecutor',
    },
    description: {
      fr: 'L’association Anticor saisit le parquet national financier pour favoritisme, estimant que le choix de l’hébergeur du Health Data Hub exigeait une procédure de mise en concurrence irréprochable.',
      en: 'The association Anticor files a complaint of favouritism with the National Financial Prosecutor’s Office, arguing that choosing the Health Data Hub’s host required a flawless competitive procedure.',
    },
    entities: ['anticor', 'pnf', 'health-data-hub'],
    citations: [
      {
        source: JUVIN_QUESTION,
        quote: "En mars 2021, l'association Anticor a saisi le parquet national financier (PNF) pour favoritisme",
      },
      {
        source: JUVIN_QUESTION,
        quote: 'une procédure de mise en concurrence irréprochable',
      },
    ],
  },
  {
    id: '2022-01-cnil-application-withdrawn',
    date: { iso: '2022-01', precision: 'month' },
    title: {
      fr: 'Retrait de la demande d’autorisation auprès de la Cnil',
      en: 'Application to the CNIL withdrawn',
    },
    description: {
      fr: 'La demande d’autorisation auprès de la Cnil pour l’hébergement par le Health Data Hub des données de l’assurance maladie obligatoire est retirée ; elle n’a pas été de nouveau soutenue depuis.',
      en: 'The application to the CNIL for the Health Data Hub to host compulsory health insurance data is withdrawn; it has not been pursued again since.',
    },
    entities: ['cnil', 'health-data-hub', 'cnam'],
    citations: [
      {
        source: JUVIN_QUESTION,
        quote:
          "la demande d'autorisation auprès de la CNIL (Commission nationale de l'informatique et des libertés) relative à l'hébergement des données de l'assurance maladie obligatoire par la plateforme a été retirée en janvier 2022",
      },
    ],
  },
  {
    id: '2023-10-24-juvin-question',
    date: { iso: '2023-10-24', precision: 'day' },
    title: {
      fr: 'Question de Philippe Juvin sur l’hébergement du Health Data Hub',
      en: 'Philippe Juvin’s question on the Health Data Hub’s hosting',
    },
    description: {
      fr: 'Philippe Juvin interroge le ministre de la santé et de la prévention sur l’hébergement des données du Health Data Hub et sur le délai de leur réintégration dans l’Union européenne.',
      en: 'Philippe Juvin questions the minister for health and prevention on the hosting of the Health Data Hub’s data and on when it will be brought back into the European Union.',
    },
    entities: ['philippe-juvin', 'health-data-hub'],
    citations: [
      { source: JUVIN_QUESTION, quote: 'Question soumise le 24 octobre 2023' },
      {
        source: JUVIN_QUESTION,
        quote: 'M. Philippe Juvin interroge M. le ministre de la santé et de la prévention',
      },
      {
        source: JUVIN_QUESTION,
        quote: "le délai de réintégration des données dans l'Union européenne",
      },
    ],
  },
  {
    id: '2023-12-21-cnil-authorises-emc2',
    date: cnilDeliberation,
    title: {
      fr: 'La Cnil autorise l’hébergement d’EMC2 chez Microsoft Azure',
      en: 'The CNIL authorises EMC2’s hosting on Microsoft Azure',
    },
    description: {
      fr: 'Par une délibération, la Cnil autorise pour trois ans le GIP PDS (Health Data Hub) à confier l’hébergement de l’entrepôt EMC2 à Microsoft Azure, tout en déplorant le choix d’un acteur extra-européen.',
      en: 'In a deliberation, the CNIL authorises the GIP PDS (Health Data Hub) for three years to entrust the hosting of the EMC2 warehouse to Microsoft Azure, while deploring the choice of a non-European provider.',
    },
    entities: ['cnil', 'emc2', 'health-data-hub', 'microsoft-azure'],
    citations: [
      {
        source: INCYBER,
        quote: 'une délibération de la Cnil du 21 décembre 2023 portant sur la création de l’EMC2',
      },
      {
        source: INCYBER,
        quote:
          'La Cnil y autorise le groupement d’intérêt public plateforme des données de santé (GIP PDS) à confier pour trois ans l’hébergement de l’EMC2 à Microsoft Azure',
      },
      { source: MIND_HEALTH, quote: 'dans une délibération en date du 21 décembre' },
      {
        source: INCYBER,
        quote: 'La Cnil « déplore » le choix d’un acteur extra-européen',
      },
    ],
  },
  {
    id: '2024-01-31-cnil-deliberation-published',
    date: deliberationPublished,
    title: {
      fr: 'Publication de la délibération de la Cnil au Journal officiel',
      en: 'The CNIL deliberation is published in the Journal officiel',
    },
    description: {
      fr: 'La délibération de la Cnil du 21 décembre 2023 sur l’entrepôt EMC2 est publiée au Journal officiel et sur Légifrance : l’autorisation de cet hébergement provisoire devient publique.',
      en: 'The CNIL deliberation of 21 December 2023 on the EMC2 warehouse is published in the Journal officiel and on Légifrance, making the authorisation of this temporary hosting public.',
    },
    entities: ['cnil', 'journal-officiel', 'emc2'],
    citations: [
      {
        source: INCYBER,
        quote: 'Le Journal officiel a publié, le 31 janvier 2024, une délibération de la Cnil du 21 décembre 2023',
      },
      { source: MIND_HEALTH, quote: 'publiée le 31 janvier 2024 sur Légifrance' },
      {
        source: MIND_HEALTH,
        quote: 'La Cnil a autorisé fin janvier cet hébergement provisoire',
      },
    ],
  },
  {
    id: '2024-02-13-latombe-question',
    date: { iso: '2024-02-13', precision: 'day' },
    title: {
      fr: 'Question de Philippe Latombe sur l’attribution d’EMC2 à Microsoft Azure',
      en: 'Philippe Latombe’s question on awarding EMC2 to Microsoft Azure',
    },
    description: {
      fr: 'Le député Philippe Latombe alerte le Premier ministre sur l’attribution du projet EMC2 à Microsoft Azure et demande quelles dispositions permettraient à la Cnil de refuser des projets similaires.',
      en: 'The MP Philippe Latombe alerts the Prime Minister to the award of the EMC2 project to Microsoft Azure and asks what provisions would let the CNIL refuse similar projects.',
    },
    entities: ['philippe-latombe', 'emc2', 'microsoft-azure', 'cnil'],
    citations: [
      { source: LATOMBE_QUESTION, quote: 'Question soumise le 13 février 2024' },
      {
        source: LATOMBE_QUESTION,
        quote:
          "M. Philippe Latombe alerte M. le Premier ministre sur l'attribution du « projet Emc2 » à Microsoft Azure",
      },
      {
        source: LATOMBE_QUESTION,
        quote:
          'quelles dispositions sont prévues pour donner à la CNIL une base légale lui permettant de refuser des projets similaires',
      },
    ],
  },
  {
    id: '2024-02-13-isoc-france-appeal-announced',
    date: isocAnnouncement,
    title: {
      fr: 'Internet Society France attaque la délibération de la Cnil',
      en: 'Internet Society France challenges the CNIL deliberation',
    },
    description: {
      fr: 'Internet Society France annonce avoir déposé devant le Conseil d’État un recours en annulation de la délibération de la Cnil sur EMC2, le premier recours de ce type.',
      en: 'Internet Society France announces that it has asked the Council of State to annul the CNIL deliberation on EMC2, the first appeal of its kind.',
    },
    entities: ['isoc-france', 'conseil-etat', 'cnil', 'emc2'],
    citations: [
      {
        source: MIND_HEALTH,
        quote:
          'qui a annoncé le 13 février dernier avoir déposé un recours devant le Conseil d’Etat pour obtenir l’annulation de la délibération de la Cnil',
      },
      {
        source: MIND_HEALTH,
        quote: 'S’il s’agit du premier recours déposé pour demander l’annulation pure et simple',
      },
    ],
  },
  {
    id: '2024-senate-petition-inquiry',
    date: senatePetition,
    title: {
      fr: 'Une pétition au Sénat réclame une commission d’enquête',
      en: 'A Senate petition calls for a commission of inquiry',
    },
    description: {
      fr: 'Après la décision de la Cnil, une pétition déposée au Sénat demande une commission d’enquête sur la gestion des données de santé de la France confiée à Microsoft.',
      en: 'After the CNIL decision, a petition lodged with the Senate asks for a commission of inquiry into the handling of France’s health data entrusted to Microsoft.',
    },
    entities: ['senat', 'microsoft', 'cnil'],
    citations: [
      {
        source: INCYBER,
        quote:
          'Une pétition réclamant la création d’une « commission d’enquête sur la gestion des données de santé de la France à la société Microsoft » a été déposée au Sénat.',
      },
      { source: INCYBER, quote: 'Cette décision a d’ailleurs généré de très nombreuses critiques' },
    ],
  },
];
