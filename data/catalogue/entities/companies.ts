/**
 * Companies and their cloud offers: Microsoft and its Azure cloud (kept apart: the company
 * is subject to US law, the product hosts the data), Amazon's AWS, and the three French
 * SecNumCloud-certified hosts that answered the EMC2 consultation.
 *
 * Rules that matter here:
 * - Every summary sentence and every fact cites at least one seed, verbatim (only
 *   whitespace may differ).
 * - Only what the seeds say about each company. Question 15221 speaks of French cloud
 *   providers that applied without naming them; only Incyber names three (OVHcloud,
 *   NumSpot, Cloud Temple), so what is said of those three cites Incyber alone.
 * - Aliases: "Azure" alone is also a colour, so it is case-sensitive and ambiguous.
 *   Microsoft Azure is not a core entity: a page about Azure in general is not about this
 *   affair, and letting it switch on ambiguous aliases would highlight "DNS" in cloud
 *   documentation.
 */
import type { EntityInput } from '../../schema';
import { early2019 } from '../dates';
import { AFP_WIRE, INCYBER, JUVIN_QUESTION, LATOMBE_QUESTION, MIND_HEALTH } from '../source-ids';

export const companies: EntityInput[] = [
  {
    id: 'microsoft',
    kind: 'company',
    name: { fr: 'Microsoft', en: 'Microsoft' },
    // Named on countless pages that are not about the affair: counts only on topic.
    aliases: [{ text: 'Microsoft', ambiguous: true }],
    summary: [
      {
        text: {
          fr: 'Microsoft, « géant américain du cloud », héberge le Health Data Hub.',
          en: 'Microsoft, the “American cloud giant”, hosts the Health Data Hub.',
        },
        citations: [
          { source: AFP_WIRE, quote: 'du géant américain du « cloud »' },
          { source: INCYBER, quote: 'elle aussi hébergée par Microsoft' },
        ],
      },
      {
        text: {
          fr: 'Le groupe est soumis au Cloud Act.',
          en: 'The group is subject to the Cloud Act.',
        },
        citations: [{ source: AFP_WIRE, quote: 'le groupe est en effet soumis au « Cloud act »' }],
      },
      {
        text: {
          fr: 'La Cnil relève qu’en application du droit des États-Unis, les autorités américaines sont susceptibles de lui adresser des injonctions de communication des données qu’il héberge.',
          en: 'The CNIL notes that under US law the American authorities may serve it with orders to disclose the data it hosts.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'les autorités états-uniennes sont susceptibles d’adresser à Microsoft des injonctions de communication des données qu’il héberge',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Le Privacy Shield était la base légale sur laquelle Microsoft, comme 5 000 entreprises américaines, s’appuyait pour transférer certaines données vers ses serveurs outre-Atlantique.',
          en: 'The Privacy Shield was the legal basis on which Microsoft, like 5,000 American companies, relied to transfer some data to its servers across the Atlantic.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'la base légale sur laquelle s’appuyait Microsoft, comme 5 000 entreprises américaines, pour transférer certaines données vers ses serveurs outre-Atlantique',
          },
        ],
      },
      {
        text: {
          fr: 'Lors de la création du Health Data Hub, Microsoft était selon le gouvernement « le seul capable de répondre aux prérequis » au moment de la consultation.',
          en: 'When the Health Data Hub was set up, Microsoft was, according to the government, “the only one able to meet the prerequisites” at the time of the consultation.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'Microsoft était alors « le seul capable de répondre aux prérequis au moment où la consultation a été faite »',
          },
        ],
      },
      {
        text: {
          fr: 'Une pétition déposée au Sénat réclame une commission d’enquête sur la gestion des données de santé de la France confiée à Microsoft.',
          en: 'A petition filed with the Senate calls for a commission of inquiry into the management of France’s health data entrusted to Microsoft.',
        },
        citations: [
          {
            source: INCYBER,
            quote: 'commission d’enquête sur la gestion des données de santé de la France à la société Microsoft',
          },
        ],
      },
    ],
    related: ['microsoft-azure', 'cloud-act', 'privacy-shield', 'health-data-hub'],
  },
  {
    id: 'microsoft-azure',
    kind: 'product',
    name: { fr: 'Microsoft Azure', en: 'Microsoft Azure' },
    aliases: [
      { text: 'Microsoft Azure', ambiguous: true },
      // Also a colour ("azure" in English, capitalised at the start of a sentence).
      { text: 'Azure', caseSensitive: true, ambiguous: true },
    ],
    summary: [
      {
        text: {
          fr: 'Microsoft Azure est la solution de cloud computing de Microsoft, sa branche de services en ligne.',
          en: 'Microsoft Azure is Microsoft’s cloud computing offering, its online services arm.',
        },
        citations: [
          { source: JUVIN_QUESTION, quote: 'Azure, la solution de cloud computing de Microsoft' },
          {
            source: AFP_WIRE,
            quote: 'Microsoft Azure, la branche de services en ligne (« cloud »)',
          },
        ],
      },
      {
        text: {
          fr: 'Le gouvernement lui a confié début 2019 l’hébergement des données du Health Data Hub, qui l’a ensuite retenu pour héberger l’entrepôt EMC2.',
          en: 'The government entrusted it with hosting the Health Data Hub’s data in early 2019, and the Health Data Hub then chose it to host the EMC2 warehouse.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'Début 2019, le gouvernement a choisi dans une grande discrétion de confier l’hébergement de ces données à Microsoft Azure',
          },
          {
            source: MIND_HEALTH,
            quote:
              'Le Health Data Hub a choisi de recourir au cloud Azure de Microsoft pour héberger l’entrepôt de données de santé EMC2',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Début 2019, le gouvernement l’a choisi dans une grande discrétion pour héberger les données du Health Data Hub.',
          en: 'In early 2019 the government very discreetly chose it to host the Health Data Hub’s data.',
        },
        date: early2019,
        citations: [
          {
            source: AFP_WIRE,
            quote: 'Début 2019, le gouvernement a choisi dans une grande discrétion',
          },
        ],
      },
      {
        text: {
          fr: 'Selon la Cnil, Microsoft Azure était la seule solution viable pour tenir les délais imposés par l’EMA au projet EMC2.',
          en: 'According to the CNIL, Microsoft Azure was the only viable solution to meet the deadlines the EMA set for the EMC2 project.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Mais pour la Cnil, Microsoft Azure était la seule solution viable pour tenir les délais imposés par l’EMA',
          },
        ],
      },
      {
        text: {
          fr: 'Les acteurs français du cloud candidats à l’hébergement d’EMC2 se sont interrogés sur des biais entre les modalités de sélection qui leur ont été appliquées et celles dont ont bénéficié Microsoft Azure ou AWS.',
          en: 'The French cloud providers that applied to host EMC2 questioned biases between the selection terms applied to them and those enjoyed by Microsoft Azure or AWS.',
        },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote:
              "les biais qu'ils ont observés entre les modalités de sélection qui leur ont été appliquées par le HDH et celles bénéficiant à Microsoft Azure ou à AWS",
          },
        ],
      },
      {
        text: {
          fr: 'Pour Philippe Latombe, le choix de Microsoft Azure pour EMC2 s’inscrit dans la continuité des choix faits jusqu’alors par le Health Data Hub.',
          en: 'For Philippe Latombe, choosing Microsoft Azure for EMC2 is in line with the choices the Health Data Hub had made until then.',
        },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote:
              "le choix se soit porté sur Microsoft Azure dans la continuité de ceux faits jusqu'à maintenant par le HDH",
          },
        ],
      },
    ],
    related: ['microsoft', 'health-data-hub', 'emc2', 'cloud-act', 'aws'],
  },
  {
    id: 'aws',
    kind: 'product',
    name: { fr: 'AWS (Amazon Web Services)', en: 'AWS (Amazon Web Services)' },
    aliases: [
      { text: 'Amazon Web Services', ambiguous: true },
      // Other organisations share the initials.
      { text: 'AWS', caseSensitive: true, ambiguous: true },
    ],
    summary: [
      {
        text: {
          fr: 'AWS est cité par le député Philippe Latombe, avec Microsoft Azure, parmi ceux qui auraient bénéficié de modalités de sélection différentes de celles appliquées par le Health Data Hub aux acteurs français du cloud.',
          en: 'AWS is named by the MP Philippe Latombe, together with Microsoft Azure, among those said to have enjoyed selection terms different from those the Health Data Hub applied to French cloud providers.',
        },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote:
              "les biais qu'ils ont observés entre les modalités de sélection qui leur ont été appliquées par le HDH et celles bénéficiant à Microsoft Azure ou à AWS",
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Ces biais ont été observés lors de l’appel à candidatures lancé par le Health Data Hub pour trouver un hébergeur au projet EMC2.',
          en: 'These biases were observed in the call for applications the Health Data Hub launched to find a host for the EMC2 project.',
        },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote: 'Le HDH a donc lancé un appel à candidatures afin de trouver un hébergeur',
          },
        ],
      },
    ],
    related: ['microsoft-azure', 'health-data-hub'],
  },
  {
    id: 'ovhcloud',
    kind: 'company',
    name: { fr: 'OVHcloud', en: 'OVHcloud' },
    aliases: [
      { text: 'OVHcloud', caseSensitive: false },
      { text: 'OVH', caseSensitive: true },
    ],
    summary: [
      {
        text: {
          fr: 'OVHcloud est un hébergeur français certifié SecNumCloud, l’un des trois à avoir admis avoir répondu à la consultation pour l’hébergement de l’entrepôt EMC2.',
          en: 'OVHcloud is a SecNumCloud-certified French hosting provider, one of the three that acknowledged answering the consultation for hosting the EMC2 warehouse.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Trois hébergeurs français, OVHcloud, NumSpot et Cloud Temple – tous certifié SecNumCloud – ont admis avoir répondu à cette consultations',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Avec NumSpot et Cloud Temple, il a critiqué des conditions d’évaluation « surprenantes », voire « inéquitables », et regrette l’absence d’un appel d’offres transparent.',
          en: 'With NumSpot and Cloud Temple, it criticised evaluation conditions it called “surprising”, even “unfair”, and regrets the lack of a transparent call for tenders.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Ils ont critiqué des conditions d’évaluation au mieux « surprenantes », au pire « inéquitables », et regrettent l’absence d’un appel d’offre transparent pour cette mission',
          },
        ],
      },
    ],
    related: ['numspot', 'cloud-temple', 'secnumcloud', 'emc2'],
  },
  {
    id: 'numspot',
    kind: 'company',
    name: { fr: 'NumSpot', en: 'NumSpot' },
    aliases: [{ text: 'NumSpot', caseSensitive: false }],
    summary: [
      {
        text: {
          fr: 'NumSpot est un hébergeur français certifié SecNumCloud, l’un des trois à avoir admis avoir répondu à la consultation pour l’hébergement de l’entrepôt EMC2.',
          en: 'NumSpot is a SecNumCloud-certified French hosting provider, one of the three that acknowledged answering the consultation for hosting the EMC2 warehouse.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Trois hébergeurs français, OVHcloud, NumSpot et Cloud Temple – tous certifié SecNumCloud – ont admis avoir répondu à cette consultations',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Avec OVHcloud et Cloud Temple, il a critiqué des conditions d’évaluation « surprenantes », voire « inéquitables », et regrette l’absence d’un appel d’offres transparent.',
          en: 'With OVHcloud and Cloud Temple, it criticised evaluation conditions it called “surprising”, even “unfair”, and regrets the lack of a transparent call for tenders.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Ils ont critiqué des conditions d’évaluation au mieux « surprenantes », au pire « inéquitables », et regrettent l’absence d’un appel d’offre transparent pour cette mission',
          },
        ],
      },
    ],
    related: ['ovhcloud', 'cloud-temple', 'secnumcloud', 'emc2'],
  },
  {
    id: 'cloud-temple',
    kind: 'company',
    name: { fr: 'Cloud Temple', en: 'Cloud Temple' },
    aliases: [{ text: 'Cloud Temple', caseSensitive: false }],
    summary: [
      {
        text: {
          fr: 'Cloud Temple est un hébergeur français certifié SecNumCloud, l’un des trois à avoir admis avoir répondu à la consultation pour l’hébergement de l’entrepôt EMC2.',
          en: 'Cloud Temple is a SecNumCloud-certified French hosting provider, one of the three that acknowledged answering the consultation for hosting the EMC2 warehouse.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Trois hébergeurs français, OVHcloud, NumSpot et Cloud Temple – tous certifié SecNumCloud – ont admis avoir répondu à cette consultations',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Avec OVHcloud et NumSpot, il a critiqué des conditions d’évaluation « surprenantes », voire « inéquitables », et regrette l’absence d’un appel d’offres transparent.',
          en: 'With OVHcloud and NumSpot, it criticised evaluation conditions it called “surprising”, even “unfair”, and regrets the lack of a transparent call for tenders.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Ils ont critiqué des conditions d’évaluation au mieux « surprenantes », au pire « inéquitables », et regrettent l’absence d’un appel d’offre transparent pour cette mission',
          },
        ],
      },
    ],
    related: ['ovhcloud', 'numspot', 'secnumcloud', 'emc2'],
  },
];
