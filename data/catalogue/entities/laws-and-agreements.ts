/**
 * Laws, transatlantic agreements, the certification and the data standard the seeds bring
 * up: the US Cloud Act, the Privacy Shield, the Data Privacy Framework, SecNumCloud, Omop.
 *
 * Rules that matter here:
 * - Every summary sentence and every fact cites at least one seed, verbatim (only
 *   whitespace may differ; the Juvin question's typo "Coud Act" stays as it is).
 * - Only what the seeds say: they do not say who issued SecNumCloud, which court annulled
 *   the Privacy Shield beyond "la justice européenne", or what the Data Privacy Framework
 *   is, so neither do we.
 * - Dates from the AFP wire, which states no year, are inferred (see `../dates.ts`).
 * - Aliases: a phrase that is also ordinary language ("data privacy framework",
 *   "privacy shield" for screen filters) is case-sensitive or guarded by `notBefore`.
 */
import type { EntityInput } from '../../schema';
import { wireJuly } from '../dates';
import { AFP_WIRE, INCYBER, JUVIN_QUESTION, LATOMBE_QUESTION } from '../source-ids';

export const lawsAndAgreements: EntityInput[] = [
  {
    id: 'cloud-act',
    kind: 'law',
    core: true,
    name: { fr: 'Cloud Act', en: 'CLOUD Act' },
    aliases: [
      // Case-insensitive: covers "Cloud Act", "CLOUD Act" and the AFP's "Cloud act".
      { text: 'Cloud Act', caseSensitive: false },
      // The typo of the Assemblée nationale's question 12432, as pages reproduce it.
      { text: 'Coud Act', caseSensitive: false },
      { text: 'Clarifying Lawful Overseas Use of Data Act', lang: 'en', caseSensitive: false },
    ],
    summary: [
      {
        text: {
          fr: 'Le Cloud Act est une législation américaine qui oblige dans certains cas les hébergeurs américains à fournir des données aux autorités, même si elles sont hébergées à l’étranger.',
          en: 'The Cloud Act is a US law that in some cases obliges American hosting providers to hand data over to the authorities, even when it is stored abroad.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'une législation américaine qui oblige dans certains cas les hébergeurs américains à fournir des données aux autorités, même si elles sont hébergées à l’étranger',
          },
        ],
      },
      {
        text: {
          fr: 'Il a été adopté en 2018.',
          en: 'It was passed in 2018.',
        },
        citations: [{ source: JUVIN_QUESTION, quote: 'le Coud Act adopté en 2018' }],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Adopté en 2018, il est cité parmi les lois extraterritoriales par lesquelles le gouvernement américain pourrait capter les données du Health Data Hub, hébergées par Azure.',
          en: 'Passed in 2018, it is cited among the extraterritorial laws through which the US government could capture the Health Data Hub’s data, hosted on Azure.',
        },
        date: { iso: '2018', precision: 'year' },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              'les données étaient potentiellement captables par le gouvernement américain via ses lois extraterritoriales et notamment le Coud Act adopté en 2018',
          },
        ],
      },
      {
        text: {
          fr: 'Microsoft y est soumis : c’est pourquoi beaucoup d’experts et de professionnels jugent dangereux de lui confier les données de santé françaises.',
          en: 'Microsoft is subject to it, which is why many experts and professionals consider it dangerous to entrust French health data to it.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'qui jugent dangereux de confier ces données à Microsoft: le groupe est en effet soumis au « Cloud act »',
          },
        ],
      },
    ],
    related: ['microsoft', 'microsoft-azure', 'health-data-hub', 'privacy-shield'],
  },
  {
    id: 'privacy-shield',
    kind: 'agreement',
    core: true,
    name: { fr: 'Privacy Shield', en: 'Privacy Shield' },
    aliases: [
      // Also the name of privacy screen filters.
      { text: 'Privacy Shield', caseSensitive: false, notBefore: ['screen', 'filter', 'filtre'] },
      { text: 'bouclier de protection des données', lang: 'fr', caseSensitive: false },
    ],
    summary: [
      {
        text: {
          fr: 'Le Privacy Shield était un accord sur les transferts de données entre l’Union européenne et les États-Unis.',
          en: 'The Privacy Shield was an agreement on data transfers between the European Union and the United States.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote: 'un accord sur les transferts de données entre l’Union européenne et les États-Unis',
          },
          {
            source: AFP_WIRE,
            quote: 'après le coup de tonnerre de l’annulation du Privacy Shield',
          },
        ],
      },
      {
        text: {
          fr: 'Il était la base légale sur laquelle Microsoft, comme 5 000 entreprises américaines, s’appuyait pour transférer certaines données vers ses serveurs outre-Atlantique.',
          en: 'It was the legal basis on which Microsoft, like 5,000 American companies, relied to transfer some data to its servers across the Atlantic.',
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
          fr: 'Son annulation a conduit le gouvernement à vouloir rapatrier le Health Data Hub, hébergé par Microsoft.',
          en: 'Its annulment led the government to seek to bring the Health Data Hub, hosted by Microsoft, back home.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'Le gouvernement veut rapatrier la plateforme française de données de santé pour la recherche, aujourd’hui hébergée par l’américain Microsoft, à la suite de l’annulation récente d’un accord',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'La justice européenne l’a invalidé en juillet.',
          en: 'The European courts invalidated it in July.',
        },
        date: wireJuly,
        citations: [
          {
            source: AFP_WIRE,
            quote: 'En juillet, la justice européenne a invalidé l’accord « Privacy Shield »',
          },
        ],
      },
      {
        text: {
          fr: 'Cédric O, secrétaire d’État au numérique, a qualifié cette annulation de « coup de tonnerre ».',
          en: 'Cédric O, the junior minister for digital affairs, called this annulment a “thunderclap”.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote: 'après le coup de tonnerre de l’annulation du Privacy Shield',
          },
        ],
      },
    ],
    related: ['cjeu', 'microsoft', 'health-data-hub', 'conseil-etat', 'cedric-o'],
  },
  {
    id: 'data-privacy-framework',
    kind: 'agreement',
    core: true,
    name: { fr: 'Data Privacy Framework', en: 'Data Privacy Framework' },
    aliases: [
      // Case-sensitive: in English "a data privacy framework" is also a common phrase.
      { text: 'Data Privacy Framework', caseSensitive: true },
      // Also a diesel particulate filter, among others.
      {
        text: 'DPF',
        ambiguous: true,
        notBefore: ['filter', 'filters', 'cleaning', 'delete', 'regeneration'],
      },
    ],
    summary: [
      {
        text: {
          fr: 'Pour le député Philippe Latombe, le Data Privacy Framework est « jusqu’à nouvel ordre valide ».',
          en: 'According to the MP Philippe Latombe, the Data Privacy Framework is “valid until further notice”.',
        },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote: "le Data Privacy Framework étant jusqu'à nouvel ordre valide",
          },
        ],
      },
      {
        text: {
          fr: 'Il en conclut que la décision de la Cnil autorisant l’hébergement d’EMC2 chez Microsoft Azure est fondée en droit, tout en la jugant contraire aux objectifs de souveraineté du gouvernement.',
          en: 'He concludes that the CNIL’s decision allowing EMC2 to be hosted on Microsoft Azure is legally sound, while finding it at odds with the government’s sovereignty goals.',
        },
        citations: [
          { source: LATOMBE_QUESTION, quote: 'Si sa décision est fondée en droit' },
          {
            source: LATOMBE_QUESTION,
            quote:
              'celle-ci est en contradiction totale avec les objectifs légitimes du Gouvernement en matière de souveraineté',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Philippe Latombe l’invoque dans sa question n° 15221, soumise le 13 février 2024.',
          en: 'Philippe Latombe invokes it in his question no. 15221, submitted on 13 February 2024.',
        },
        date: { iso: '2024-02-13', precision: 'day' },
        citations: [
          { source: LATOMBE_QUESTION, quote: 'Question soumise le 13 février 2024' },
          {
            source: LATOMBE_QUESTION,
            quote: "le Data Privacy Framework étant jusqu'à nouvel ordre valide",
          },
        ],
      },
    ],
    related: ['privacy-shield', 'cnil', 'philippe-latombe', 'emc2'],
  },
  {
    id: 'secnumcloud',
    kind: 'certification',
    core: true,
    name: { fr: 'SecNumCloud', en: 'SecNumCloud' },
    aliases: [{ text: 'SecNumCloud', caseSensitive: false }],
    summary: [
      {
        text: {
          fr: 'SecNumCloud est une certification que détiennent les trois hébergeurs français OVHcloud, NumSpot et Cloud Temple, qui ont répondu à la consultation pour l’hébergement de l’entrepôt EMC2.',
          en: 'SecNumCloud is a certification held by the three French hosting providers OVHcloud, NumSpot and Cloud Temple, which answered the consultation for hosting the EMC2 warehouse.',
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
          fr: 'Ces hébergeurs certifiés ont critiqué des conditions d’évaluation « surprenantes », voire « inéquitables », et regrettent l’absence d’appel d’offres transparent.',
          en: 'These certified hosts criticised evaluation conditions they called “surprising”, even “unfair”, and regret the lack of a transparent call for tenders.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Ils ont critiqué des conditions d’évaluation au mieux « surprenantes », au pire « inéquitables », et regrettent l’absence d’un appel d’offre transparent pour cette mission',
          },
        ],
      },
      {
        text: {
          fr: 'L’hébergement d’EMC2 a pourtant été confié pour trois ans à Microsoft Azure.',
          en: 'Yet the hosting of EMC2 was entrusted to Microsoft Azure for three years.',
        },
        citations: [
          {
            source: INCYBER,
            quote: 'à confier pour trois ans l’hébergement de l’EMC2 à Microsoft Azure',
          },
        ],
      },
    ],
    related: ['ovhcloud', 'numspot', 'cloud-temple', 'emc2'],
  },
  {
    id: 'omop',
    kind: 'standard',
    name: { fr: 'Omop', en: 'OMOP' },
    // "omop" is no ordinary word in French or English.
    aliases: [{ text: 'OMOP', caseSensitive: false }],
    summary: [
      {
        text: {
          fr: 'Omop est le standard vers lequel le projet EMC2 prévoit de faire correspondre les terminologies médicales françaises.',
          en: 'Omop is the standard to which the EMC2 project plans to map French medical terminologies.',
        },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote: 'de correspondances entre les terminologies médicales françaises et le standard Omop',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Ces correspondances doivent être réalisées par des internes en médecine.',
          en: 'This mapping is to be done by medical interns.',
        },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote: 'qui implique la réalisation, par des internes en médecine, de correspondances',
          },
        ],
      },
    ],
    related: ['emc2', 'health-data-hub'],
  },
];
