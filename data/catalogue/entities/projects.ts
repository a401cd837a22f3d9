/**
 * The two projects at the heart of the affair: the Health Data Hub (the French health
 * data platform, whose legal body is the GIP "Plateforme des données de santé") and EMC2
 * (the European Medicines Agency's project, whose French health data warehouse it hosts
 * on Microsoft Azure).
 *
 * Rules that matter here:
 * - Every summary sentence and every fact cites at least one seed, with a quote copied
 *   verbatim (only whitespace may differ; apostrophes, guillemets and typos as in the
 *   seed: straight ' in 000/001, curly ’ in 002/003/004).
 * - Nothing beyond what the seeds say; facts carry a `date` only where the seed dates them.
 * - Aliases drive on-page highlighting: an alias that may name something else is
 *   `ambiguous` (it counts only on a page already on topic); acronyms are case-sensitive.
 *   The GIP PDS is not a separate entity: the seeds say it is the Health Data Hub's
 *   legal body ("plus connu sous le nom du Health Data Hub"), so its names are aliases.
 */
import type { EntityInput } from '../../schema';
import { early2019 } from '../dates';
import { AFP_WIRE, INCYBER, JUVIN_QUESTION, LATOMBE_QUESTION, MIND_HEALTH } from '../source-ids';

export const projects: EntityInput[] = [
  {
    id: 'health-data-hub',
    kind: 'public-body',
    core: true,
    name: { fr: 'Health Data Hub', en: 'Health Data Hub' },
    aliases: [
      { text: 'Health Data Hub' },
      // Also the initials of other things; counts only on a page already on topic.
      { text: 'HDH', ambiguous: true },
      { text: 'Plateforme des données de santé', lang: 'fr' },
      { text: 'GIP PDS' },
      { text: 'PDS', ambiguous: true },
    ],
    summary: [
      {
        text: {
          fr: 'Le Health Data Hub (HDH) est la plateforme française de traitement des données de santé, portée par le groupement d’intérêt public « Plateforme des données de santé » (GIP PDS).',
          en: 'The Health Data Hub (HDH) is France’s health data processing platform, run by the public interest group “Plateforme des données de santé” (GIP PDS).',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Le GIP PDS pilote le Health Data Hub (HDH), la plateforme française de traitement des données de santé',
          },
          {
            source: MIND_HEALTH,
            quote:
              'le groupement d’intérêt public “Plateforme des données de santé” (GIP PDS), plus connu sous le nom du Health Data Hub',
          },
        ],
      },
      {
        text: {
          fr: 'Il doit permettre aux scientifiques d’accéder, sous forme pseudonymisée, aux données de santé françaises pour faire de la recherche, en particulier avec l’intelligence artificielle.',
          en: 'It is meant to give scientists access to French health data, in pseudonymised form, for research, in particular using artificial intelligence.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'doit permettre aux scientifiques d’accéder aux montagnes de données de santé françaises, sous forme pseudonymisée, pour faire de la recherche en utilisant en particulier l’intelligence artificielle',
          },
        ],
      },
      {
        text: {
          fr: 'Il est hébergé par Microsoft, un choix critiqué notamment parce que les données seraient exposées aux lois extraterritoriales américaines.',
          en: 'It is hosted by Microsoft, a choice criticised in particular because the data would be exposed to US extraterritorial laws.',
        },
        citations: [
          { source: INCYBER, quote: 'elle aussi hébergée par Microsoft' },
          {
            source: JUVIN_QUESTION,
            quote:
              'les données étaient potentiellement captables par le gouvernement américain via ses lois extraterritoriales',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Début 2019, le gouvernement a choisi, dans une grande discrétion, de confier l’hébergement de ses données à Microsoft Azure.',
          en: 'In early 2019 the government chose, very discreetly, to entrust the hosting of its data to Microsoft Azure.',
        },
        date: early2019,
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'Début 2019, le gouvernement a choisi dans une grande discrétion de confier l’hébergement de ces données à Microsoft Azure',
          },
        ],
      },
      {
        text: {
          fr: 'Aucun appel d’offres n’avait été lancé pour choisir cet hébergeur, au motif que seul l’opérateur retenu avait les capacités techniques nécessaires.',
          en: 'No call for tenders was held to choose this host, on the grounds that only the chosen operator had the technical capacity required.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              "Il n'avait pas été effectué d'appel d'offre, au motif que seul l'opérateur choisi avait les capacités techniques pour héberger les données",
          },
        ],
      },
      {
        text: {
          fr: 'Sa directrice, Stéphanie Combes, a reconnu que la migration vers un autre hébergeur ne semblait pas envisageable avant 2025.',
          en: 'Its director, Stéphanie Combes, acknowledged that migrating to another host did not seem feasible before 2025.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              'La directrice du health data hub, Mme Stéphanie Combes, a ainsi reconnu que « la migration ne semble pas envisageable avant 2025 »',
          },
        ],
      },
      {
        text: {
          fr: 'Dans le cadre d’un appel à projets européen, l’Agence européenne des médicaments lui a confié le volet français du projet EMC2.',
          en: 'Under a European call for projects, the European Medicines Agency entrusted it with the French part of the EMC2 project.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Dans le cadre d’un appel à projet européen, l’EMA a confié au HDH, et donc au GIP PDS, le volet français de l’EMC2',
          },
        ],
      },
    ],
    related: ['emc2', 'microsoft-azure', 'cnil', 'stephanie-combes', 'cloud-act'],
  },
  {
    id: 'emc2',
    kind: 'project',
    core: true,
    name: { fr: 'EMC2 (entrepôt de données de santé)', en: 'EMC2 (health data warehouse)' },
    aliases: [
      // Case-sensitive so that neither "emc2" in code nor a formula such as "E=mc2" counts;
      // still ambiguous, as other projects and firms are called EMC2.
      { text: 'EMC2', caseSensitive: true, ambiguous: true, notAfter: ['Dell'] },
      // The spelling of the Assemblée nationale's question.
      { text: 'Emc2', caseSensitive: true, ambiguous: true },
      // "projet EMC2" could still be another EU project of that name.
      { text: 'projet EMC2', lang: 'fr', caseSensitive: false, ambiguous: true },
      // The warehouse itself: unambiguous, so a mention puts the page on topic.
      { text: 'entrepôt EMC2', lang: 'fr', caseSensitive: false },
      { text: 'entrepôt de données de santé EMC2', lang: 'fr', caseSensitive: false },
      { text: 'EMC2 health data warehouse', lang: 'en', caseSensitive: false },
    ],
    summary: [
      {
        text: {
          fr: 'EMC2 est un projet européen mené par l’Agence européenne des médicaments (EMA), qui prévoit d’utiliser le traitement automatisé des données pour faire avancer la recherche pharmaco-épidémiologique.',
          en: 'EMC2 is a European project led by the European Medicines Agency (EMA) that plans to use automated data processing to advance pharmaco-epidemiological research.',
        },
        citations: [
          {
            source: INCYBER,
            quote: 'L’EMC2 est un projet européen mené par l’Agence européenne des médicaments (EMA)',
          },
          {
            source: INCYBER,
            quote:
              'Il prévoit d’utiliser le traitement automatisé des données pour faire avancer la recherche pharmaco-épidémiologique',
          },
        ],
      },
      {
        text: {
          fr: 'Son volet français est un entrepôt de données de santé constitué par le Health Data Hub et hébergé sur le cloud Azure de Microsoft.',
          en: 'Its French part is a health data warehouse built by the Health Data Hub and hosted on Microsoft’s Azure cloud.',
        },
        citations: [
          {
            source: MIND_HEALTH,
            quote:
              'Le Health Data Hub a choisi de recourir au cloud Azure de Microsoft pour héberger l’entrepôt de données de santé EMC2',
          },
        ],
      },
      {
        text: {
          fr: 'La Cnil a autorisé cet hébergement pour trois ans par une délibération du 21 décembre 2023, tout en déplorant le choix d’un acteur extra-européen.',
          en: 'The CNIL authorised this hosting for three years in a deliberation of 21 December 2023, while deploring the choice of a non-European provider.',
        },
        citations: [
          {
            source: INCYBER,
            quote: 'une délibération de la Cnil du 21 décembre 2023 portant sur la création de l’EMC2',
          },
          {
            source: INCYBER,
            quote: 'à confier pour trois ans l’hébergement de l’EMC2 à Microsoft Azure',
          },
          {
            source: INCYBER,
            quote: 'La Cnil « déplore » le choix d’un acteur extra-européen',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Le projet implique que des internes en médecine établissent des correspondances entre les terminologies médicales françaises et le standard Omop.',
          en: 'The project requires medical interns to map French medical terminologies to the Omop standard.',
        },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote:
              'qui implique la réalisation, par des internes en médecine, de correspondances entre les terminologies médicales françaises et le standard Omop',
          },
        ],
      },
      {
        text: {
          fr: 'L’entrepôt est alimenté notamment par des données de l’Assurance maladie.',
          en: 'The warehouse is fed in particular with data from the Assurance maladie (French national health insurance).',
        },
        citations: [
          {
            source: MIND_HEALTH,
            quote: 'un entrepôt de données de santé alimenté notamment par l’Assurance maladie',
          },
        ],
      },
      {
        text: {
          fr: 'Trois hébergeurs français certifiés SecNumCloud, OVHcloud, NumSpot et Cloud Temple, ont répondu à la consultation et ont critiqué des conditions d’évaluation « surprenantes », voire « inéquitables ».',
          en: 'Three SecNumCloud-certified French hosts, OVHcloud, NumSpot and Cloud Temple, answered the consultation and criticised evaluation conditions they called “surprising”, or even “unfair”.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Trois hébergeurs français, OVHcloud, NumSpot et Cloud Temple – tous certifié SecNumCloud – ont admis avoir répondu à cette consultations',
          },
          {
            source: INCYBER,
            quote: 'Ils ont critiqué des conditions d’évaluation au mieux « surprenantes », au pire « inéquitables »',
          },
        ],
      },
      {
        text: {
          fr: 'Une mission d’expertise a conclu qu’aucun fournisseur européen ne proposait d’offre répondant aux exigences du projet dans les délais, ce qui a fait de Microsoft Azure, pour la Cnil, la seule solution viable.',
          en: 'An expert mission concluded that no European provider offered hosting meeting the project’s requirements in time, which made Microsoft Azure, in the CNIL’s view, the only viable solution.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'a en effet conclu qu’aucun fournisseur européen « ne propose d’offres d’hébergement répondant aux exigences techniques et fonctionnelles du GIP PDS',
          },
          {
            source: INCYBER,
            quote:
              'Mais pour la Cnil, Microsoft Azure était la seule solution viable pour tenir les délais imposés par l’EMA',
          },
        ],
      },
    ],
    related: ['health-data-hub', 'ema', 'cnil', 'microsoft-azure', 'omop', 'secnumcloud'],
  },
];
