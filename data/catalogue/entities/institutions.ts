/**
 * Public bodies and courts, French and European: the CNIL, the European Medicines Agency,
 * the Conseil d'État, the EU's court, the financial prosecutor, the digital-health and
 * digital administrations (DNS, DINUM, ANS, DGE), the health insurance fund, the Senate and
 * the Journal officiel.
 *
 * Rules that matter here:
 * - Every summary sentence and every fact cites at least one seed, verbatim (only
 *   whitespace may differ; straight ' in the two Assemblée questions, curly ’ elsewhere).
 * - Only what the seeds say: e.g. the AFP wire names the court that invalidated the
 *   Privacy Shield only as "la justice européenne", and the statements say no more.
 * - Acronyms (DNS, ANS, DGE, PNF, CNAM, EMA) also mean many other things: they are
 *   case-sensitive and `ambiguous`, and `notBefore`/`notAfter` rule out the usual
 *   other senses ("serveur DNS", "EMA crossover").
 */
import type { EntityInput } from '../../schema';
import { cnilDeliberation, deliberationPublished, isocAnnouncement, wireJuly, wireLateSeptember } from '../dates';
import { AFP_WIRE, INCYBER, JUVIN_QUESTION, LATOMBE_QUESTION, MIND_HEALTH } from '../source-ids';

export const institutions: EntityInput[] = [
  {
    id: 'cnil',
    kind: 'public-body',
    name: {
      fr: 'Commission nationale de l’informatique et des libertés (Cnil)',
      en: 'CNIL (French data protection authority)',
    },
    aliases: [
      // Case-insensitive: the seeds write both "CNIL" and "Cnil".
      { text: 'CNIL', caseSensitive: false },
      { text: "Commission nationale de l'informatique et des libertés", lang: 'fr' },
      { text: 'French data protection authority', lang: 'en' },
    ],
    summary: [
      {
        text: {
          fr: 'La Commission nationale de l’informatique et des libertés (Cnil) a autorisé pour trois ans, par une délibération du 21 décembre 2023, l’hébergement de l’entrepôt EMC2 chez Microsoft Azure.',
          en: 'The CNIL, France’s data protection authority, authorised the hosting of the EMC2 warehouse on Microsoft Azure for three years in a deliberation of 21 December 2023.',
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
        ],
      },
      {
        text: {
          fr: 'Elle y « déplore » le choix d’un acteur extra-européen et admet les risques de choisir une entreprise soumise au droit américain ; le député Philippe Latombe écrit qu’elle a autorisé le projet « à contrecœur ».',
          en: 'In it, the CNIL “deplores” the choice of a non-European provider and acknowledges the risks of choosing a company subject to US law; the MP Philippe Latombe writes that it authorised the project “reluctantly”.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'La Cnil « déplore » le choix d’un acteur extra-européen pour le traitement de ces données sensibles, et admet les risques de choisir une entreprise soumise au droit américain',
          },
          { source: LATOMBE_QUESTION, quote: "vient d'autoriser à contrecœur" },
        ],
      },
      {
        text: {
          fr: 'Pour la Cnil, Microsoft Azure était la seule solution viable pour tenir les délais imposés par l’Agence européenne des médicaments.',
          en: 'In the CNIL’s view, Microsoft Azure was the only viable solution to meet the deadlines set by the European Medicines Agency.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Mais pour la Cnil, Microsoft Azure était la seule solution viable pour tenir les délais imposés par l’EMA',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'La délibération a été publiée le 31 janvier 2024 au Journal officiel.',
          en: 'The deliberation was published in the Journal officiel on 31 January 2024.',
        },
        date: deliberationPublished,
        citations: [
          {
            source: INCYBER,
            quote: 'Le Journal officiel a publié, le 31 janvier 2024, une délibération de la Cnil du 21 décembre 2023',
          },
          { source: MIND_HEALTH, quote: 'publiée le 31 janvier 2024 sur Légifrance' },
        ],
      },
      {
        text: {
          fr: 'Une demande d’autorisation déposée auprès d’elle pour l’hébergement par la plateforme des données de l’assurance maladie obligatoire a été retirée en janvier 2022.',
          en: 'An application to it for the platform to host compulsory health insurance data was withdrawn in January 2022.',
        },
        date: { iso: '2022-01', precision: 'month' },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              "relative à l'hébergement des données de l'assurance maladie obligatoire par la plateforme a été retirée en janvier 2022",
          },
        ],
      },
      {
        text: {
          fr: 'Internet Society France a déposé un recours devant le Conseil d’État pour obtenir l’annulation de sa délibération.',
          en: 'Internet Society France lodged an appeal with the Council of State to have its deliberation annulled.',
        },
        citations: [
          {
            source: MIND_HEALTH,
            quote:
              'avoir déposé un recours devant le Conseil d’Etat pour obtenir l’annulation de la délibération de la Cnil',
          },
        ],
      },
      {
        text: {
          fr: 'Philippe Latombe demande quelles dispositions pourraient lui donner une base légale pour refuser des projets similaires à EMC2.',
          en: 'Philippe Latombe asks what provisions could give it a legal basis to refuse projects similar to EMC2.',
        },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote:
              'quelles dispositions sont prévues pour donner à la CNIL une base légale lui permettant de refuser des projets similaires',
          },
        ],
      },
    ],
    related: ['emc2', 'health-data-hub', 'microsoft-azure', 'isoc-france', 'journal-officiel'],
  },
  {
    id: 'ema',
    kind: 'public-body',
    name: {
      fr: 'Agence européenne des médicaments (EMA)',
      en: 'European Medicines Agency (EMA)',
    },
    aliases: [
      { text: 'Agence européenne des médicaments', lang: 'fr' },
      { text: 'Agence européenne du médicament', lang: 'fr' },
      { text: 'European Medicines Agency', lang: 'en' },
      // Also the exponential moving average of traders.
      {
        text: 'EMA',
        caseSensitive: true,
        ambiguous: true,
        notBefore: ['crossover', 'cross', 'indicator'],
      },
      // The spelling of the Assemblée nationale's question 15221; also a first name.
      { text: 'Ema', caseSensitive: true, ambiguous: true },
    ],
    summary: [
      {
        text: {
          fr: 'L’Agence européenne des médicaments (EMA) mène le projet européen EMC2.',
          en: 'The European Medicines Agency (EMA) leads the European project EMC2.',
        },
        citations: [
          {
            source: INCYBER,
            quote: 'L’EMC2 est un projet européen mené par l’Agence européenne des médicaments (EMA)',
          },
        ],
      },
      {
        text: {
          fr: 'À l’issue d’un appel à projets, elle en a confié le volet français au Health Data Hub.',
          en: 'Following a call for projects, it entrusted the French part of it to the Health Data Hub.',
        },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote: "Choisi à la suite d'un appel à projet de l'Agence européenne des médicaments (Ema)",
          },
          {
            source: INCYBER,
            quote: 'l’EMA a confié au HDH, et donc au GIP PDS, le volet français de l’EMC2',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Selon la Cnil, seul Microsoft Azure permettait de tenir les délais qu’elle imposait.',
          en: 'According to the CNIL, only Microsoft Azure could meet the deadlines it set.',
        },
        citations: [
          {
            source: INCYBER,
            quote: 'Microsoft Azure était la seule solution viable pour tenir les délais imposés par l’EMA',
          },
        ],
      },
    ],
    related: ['emc2', 'health-data-hub', 'cnil'],
  },
  {
    id: 'conseil-etat',
    kind: 'court',
    name: { fr: 'Conseil d’État', en: 'Council of State (Conseil d’État)' },
    aliases: [
      // Switzerland's cantons and other countries have a "Conseil d'État" too.
      { text: "Conseil d'État", ambiguous: true },
      { text: 'Council of State', lang: 'en', ambiguous: true },
    ],
    summary: [
      {
        text: {
          fr: 'Saisi par des associations après l’invalidation du Privacy Shield, le Conseil d’État a rejeté fin septembre un recours visant à suspendre les transferts de données vers le Health Data Hub, sans se prononcer sur le fond.',
          en: 'Petitioned by associations after the Privacy Shield was invalidated, the Council of State rejected in late September an application to suspend data transfers to the Health Data Hub, without ruling on the merits.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'Saisi à la suite de cette décision par des associations, le Conseil d’État a rejeté fin septembre un recours visant à suspendre les transferts de données vers la plateforme',
          },
          { source: AFP_WIRE, quote: 'mais sans se prononcer sur le fond' },
        ],
      },
      {
        text: {
          fr: 'Internet Society France l’a saisi d’un recours en annulation de la délibération de la Cnil autorisant l’hébergement d’EMC2 chez Microsoft.',
          en: 'Internet Society France has asked it to annul the CNIL deliberation authorising EMC2’s hosting by Microsoft.',
        },
        citations: [
          {
            source: MIND_HEALTH,
            quote: 'la première association à déposer un recours en annulation devant le Conseil d’État',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Fin septembre, il a estimé que les mesures demandées ne relevaient pas du juge des référés.',
          en: 'In late September, it held that the measures sought were not a matter for the judge hearing urgent applications.',
        },
        date: wireLateSeptember,
        citations: [
          {
            source: AFP_WIRE,
            quote: 'considérant que les mesures sollicitées ne relevaient pas du juge des référés',
          },
        ],
      },
      {
        text: {
          fr: 'Internet Society France a annoncé le 13 février 2024 y avoir déposé un recours.',
          en: 'Internet Society France announced on 13 February 2024 that it had lodged an appeal with it.',
        },
        date: isocAnnouncement,
        citations: [
          {
            source: MIND_HEALTH,
            quote: 'qui a annoncé le 13 février dernier avoir déposé un recours devant le Conseil d’Etat',
          },
        ],
      },
    ],
    related: ['isoc-france', 'cnil', 'privacy-shield', 'health-data-hub'],
  },
  {
    id: 'cjeu',
    kind: 'court',
    name: {
      fr: 'Cour de justice de l’Union européenne',
      en: 'Court of Justice of the European Union',
    },
    aliases: [
      { text: "Cour de justice de l'Union européenne", lang: 'fr' },
      { text: "Cour de justice de l'UE", lang: 'fr' },
      { text: 'Cour de justice européenne', lang: 'fr' },
      { text: 'CJUE', lang: 'fr' },
      { text: 'CJEU', lang: 'en' },
      { text: 'Court of Justice of the European Union', lang: 'en' },
      // The AFP wire's wording; it may also mean other European courts.
      { text: 'justice européenne', lang: 'fr', ambiguous: true },
    ],
    summary: [
      {
        text: {
          fr: 'La dépêche de l’AFP rapporte qu’en juillet « la justice européenne » a invalidé l’accord Privacy Shield.',
          en: 'The AFP wire reports that in July “the European courts” invalidated the Privacy Shield agreement.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote: 'En juillet, la justice européenne a invalidé l’accord « Privacy Shield »',
          },
        ],
      },
      {
        text: {
          fr: 'À la suite de cette décision, des associations ont saisi le Conseil d’État pour faire suspendre les transferts de données vers le Health Data Hub.',
          en: 'Following this ruling, associations asked the Council of State to suspend data transfers to the Health Data Hub.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote: 'Saisi à la suite de cette décision par des associations, le Conseil d’État',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'L’accord invalidé était la base légale sur laquelle Microsoft s’appuyait pour transférer certaines données vers ses serveurs outre-Atlantique.',
          en: 'The invalidated agreement was the legal basis Microsoft relied on to transfer some data to its servers across the Atlantic.',
        },
        date: wireJuly,
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'la base légale sur laquelle s’appuyait Microsoft, comme 5 000 entreprises américaines, pour transférer certaines données vers ses serveurs outre-Atlantique',
          },
        ],
      },
    ],
    related: ['privacy-shield', 'conseil-etat', 'microsoft'],
  },
  {
    id: 'pnf',
    kind: 'public-body',
    name: {
      fr: 'Parquet national financier (PNF)',
      en: 'National Financial Prosecutor’s Office (PNF)',
    },
    aliases: [
      { text: 'parquet national financier', lang: 'fr' },
      { text: 'National Financial Prosecutor', lang: 'en' },
      { text: 'PNF', caseSensitive: true, ambiguous: true },
    ],
    summary: [
      {
        text: {
          fr: 'Le parquet national financier (PNF) a été saisi en mars 2021 par l’association Anticor pour favoritisme dans le choix de l’hébergeur du Health Data Hub.',
          en: 'The National Financial Prosecutor’s Office (PNF) received a complaint of favouritism from the association Anticor in March 2021 over the choice of the Health Data Hub’s host.',
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
          fr: 'Anticor faisait valoir qu’une telle opération exigeait un haut niveau de transparence et une procédure de mise en concurrence irréprochable.',
          en: 'Anticor argued that such an operation required a high level of transparency and a flawless competitive tendering procedure.',
        },
        date: { iso: '2021-03', precision: 'month' },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              'telle opération exigeait un haut niveau de transparence et une procédure de mise en concurrence irréprochable',
          },
        ],
      },
    ],
    related: ['anticor', 'health-data-hub'],
  },
  {
    id: 'dns-sante',
    kind: 'public-body',
    name: {
      fr: 'Délégation au numérique en santé (DNS)',
      en: 'Digital Health Delegation (DNS)',
    },
    aliases: [
      { text: 'Délégation au numérique en santé', lang: 'fr' },
      // Incyber's wording.
      { text: 'Délégation du numérique en santé', lang: 'fr' },
      { text: 'Digital Health Delegation', lang: 'en' },
      // Above all the Internet's Domain Name System.
      {
        text: 'DNS',
        caseSensitive: true,
        ambiguous: true,
        notBefore: [
          'server',
          'servers',
          'serveur',
          'serveurs',
          'resolver',
          'résolveur',
          'record',
          'records',
          'lookup',
          'query',
          'zone',
          'over',
        ],
        notAfter: [
          'serveur',
          'serveurs',
          'résolution',
          'requête',
          'requêtes',
          'enregistrement',
          'enregistrements',
          'protocole',
          'zone',
          'Azure',
          'dynamic',
          'public',
        ],
      },
    ],
    summary: [
      {
        text: {
          fr: 'La Délégation au numérique en santé (DNS) a vivement encouragé les acteurs français du cloud à se porter candidats à l’hébergement du projet EMC2.',
          en: 'The Digital Health Delegation (DNS) strongly encouraged French cloud providers to apply to host the EMC2 project.',
        },
        citations: [
          {
            source: LATOMBE_QUESTION,
            quote:
              "Vivement encouragés à candidater par la Délégation au numérique en santé (DNS), les acteurs français de l'informatique en nuage se sont portés candidats",
          },
        ],
      },
      {
        text: {
          fr: 'Avec la DINUM et l’Agence du numérique en santé, elle a mené une mission d’expertise qui a conclu qu’aucun fournisseur européen ne répondait aux exigences du projet dans les délais.',
          en: 'With DINUM and the Digital Health Agency, it led an expert mission which concluded that no European provider met the project’s requirements in time.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Une mission d’expertise, menée par la Délégation du numérique en santé (DNS), la DINUM et l’Agence du numérique en santé',
          },
          {
            source: INCYBER,
            quote:
              'a en effet conclu qu’aucun fournisseur européen « ne propose d’offres d’hébergement répondant aux exigences techniques et fonctionnelles du GIP PDS',
          },
          { source: INCYBER, quote: 'dans un délai compatible avec les impératifs ce dernier' },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'C’est sur les conclusions de cette mission que la Cnil s’appuie pour juger Microsoft Azure seule solution viable dans les délais imposés par l’EMA.',
          en: 'The CNIL relies on this mission’s findings to judge Microsoft Azure the only viable solution within the deadlines set by the EMA.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Mais pour la Cnil, Microsoft Azure était la seule solution viable pour tenir les délais imposés par l’EMA',
          },
          {
            source: INCYBER,
            quote: 'a en effet conclu qu’aucun fournisseur européen',
          },
        ],
      },
    ],
    related: ['dinum', 'ans', 'emc2', 'cnil'],
  },
  {
    id: 'dinum',
    kind: 'public-body',
    name: {
      fr: 'Direction interministérielle du numérique (DINUM)',
      en: 'Interministerial Digital Directorate (DINUM)',
    },
    aliases: [
      { text: 'direction interministérielle du numérique', lang: 'fr' },
      // Case-insensitive: also written "Dinum"; "dinum" is no ordinary word.
      { text: 'DINUM', caseSensitive: false },
      { text: 'Interministerial Digital Directorate', lang: 'en' },
    ],
    summary: [
      {
        text: {
          fr: 'La DINUM a participé, avec la Délégation du numérique en santé et l’Agence du numérique en santé, à la mission d’expertise sur l’hébergement d’EMC2.',
          en: 'DINUM took part, with the Digital Health Delegation and the Digital Health Agency, in the expert mission on hosting EMC2.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Une mission d’expertise, menée par la Délégation du numérique en santé (DNS), la DINUM et l’Agence du numérique en santé',
          },
        ],
      },
      {
        text: {
          fr: 'Selon la réponse à une question écrite du sénateur Claude Raynal, des états de situation sont régulièrement réalisés avec la direction interministérielle du numérique et la direction générale des entreprises sur l’offre française de cloud souverain.',
          en: 'According to the answer to a written question from Senator Claude Raynal, regular reviews are carried out with the Interministerial Digital Directorate and the Directorate General for Enterprise on the French sovereign cloud offer.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              'des états de situations sont régulièrement réalisés avec la direction interministérielle du numérique et la direction générale des entreprises',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Philippe Juvin relève qu’aucun de ces états de situation n’est porté à la connaissance du Parlement, encore moins du grand public.',
          en: 'Philippe Juvin notes that none of these reviews is ever made known to Parliament, let alone to the public.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              "Aucun de ces états de situation n'est jamais porté à la connaissance du Parlement, encore moins du grand public",
          },
        ],
      },
    ],
    related: ['dge', 'dns-sante', 'ans', 'claude-raynal'],
  },
  {
    id: 'ans',
    kind: 'public-body',
    name: {
      fr: 'Agence du numérique en santé (ANS)',
      en: 'French Digital Health Agency (ANS)',
    },
    aliases: [
      { text: 'Agence du numérique en santé', lang: 'fr' },
      { text: 'French Digital Health Agency', lang: 'en' },
      // "ANS" is also "years" in an all-caps French headline ("DEPUIS DIX ANS").
      {
        text: 'ANS',
        caseSensitive: true,
        ambiguous: true,
        notAfter: ['DE', 'DES', 'LES', 'DEUX', 'TROIS', 'DIX', 'CENT'],
      },
    ],
    summary: [
      {
        text: {
          fr: 'L’Agence du numérique en santé a participé, avec la Délégation du numérique en santé et la DINUM, à la mission d’expertise sur l’hébergement d’EMC2.',
          en: 'The Digital Health Agency took part, with the Digital Health Delegation and DINUM, in the expert mission on hosting EMC2.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Une mission d’expertise, menée par la Délégation du numérique en santé (DNS), la DINUM et l’Agence du numérique en santé',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Cette mission a conclu qu’aucun fournisseur européen ne proposait d’offre d’hébergement répondant aux exigences techniques et fonctionnelles du projet EMC2 dans les délais.',
          en: 'The mission concluded that no European provider offered hosting that met the technical and functional requirements of the EMC2 project in time.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'a en effet conclu qu’aucun fournisseur européen « ne propose d’offres d’hébergement répondant aux exigences techniques et fonctionnelles du GIP PDS',
          },
        ],
      },
    ],
    related: ['dns-sante', 'dinum', 'emc2'],
  },
  {
    id: 'dge',
    kind: 'public-body',
    name: {
      fr: 'Direction générale des entreprises (DGE)',
      en: 'Directorate General for Enterprise (DGE)',
    },
    aliases: [
      { text: 'direction générale des entreprises', lang: 'fr' },
      { text: 'Directorate General for Enterprise', lang: 'en' },
      { text: 'DGE', caseSensitive: true, ambiguous: true },
    ],
    summary: [
      {
        text: {
          fr: 'Selon la réponse à une question écrite du sénateur Claude Raynal, la direction générale des entreprises participe avec la DINUM à des états de situation réguliers sur l’offre française et la stratégie nationale du cloud souverain.',
          en: 'According to the answer to a written question from Senator Claude Raynal, the Directorate General for Enterprise takes part with DINUM in regular reviews of the French offer and the national sovereign cloud strategy.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote: "afin de faire le point sur l'offre française et la stratégie nationale du cloud souverain",
          },
          {
            source: JUVIN_QUESTION,
            quote: 'la direction interministérielle du numérique et la direction générale des entreprises',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Ces états de situation doivent permettre de basculer sur les solutions de cloud souverain « le moment venu ».',
          en: 'These reviews are meant to allow a switch to sovereign cloud solutions “when the time comes”.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote: 'pouvoir basculer sur ces solutions le moment venu',
          },
        ],
      },
    ],
    related: ['dinum', 'claude-raynal', 'health-data-hub'],
  },
  {
    id: 'cnam',
    kind: 'public-body',
    name: {
      fr: 'Caisse nationale d’assurance maladie (CNAM)',
      en: 'National Health Insurance Fund (CNAM)',
    },
    aliases: [
      { text: "Caisse nationale d'assurance maladie", lang: 'fr' },
      { text: 'National Health Insurance Fund', lang: 'en' },
      // Also the Conservatoire national des arts et métiers ("Cnam"): ambiguous.
      { text: 'CNAM', caseSensitive: false, ambiguous: true },
      // Capitalised, the institution ("l’Assurance maladie"); in lower case, "assurance
      // maladie obligatoire" is just health insurance, hence case-sensitive and ambiguous.
      { text: 'Assurance maladie', lang: 'fr', caseSensitive: true, ambiguous: true },
      { text: 'Assurance Maladie', lang: 'fr', caseSensitive: true, ambiguous: true },
    ],
    summary: [
      {
        text: {
          fr: 'La Caisse nationale d’assurance maladie (CNAM) figure parmi les acteurs qui ont critiqué le choix de l’hébergeur du Health Data Hub.',
          en: 'The National Health Insurance Fund (CNAM) is among those who criticised the choice of the Health Data Hub’s host.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote:
              "Le choix de l'hébergeur a été critiqué, par de multiples acteurs (associations de patients, Caisse nationale d'assurance maladie (CNAM), sénateurs, etc.)",
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'L’entrepôt EMC2 est alimenté notamment par l’Assurance maladie.',
          en: 'The EMC2 warehouse is fed in particular by the Assurance maladie.',
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
          fr: 'La demande d’autorisation auprès de la Cnil relative à l’hébergement des données de l’assurance maladie obligatoire par la plateforme a été retirée en janvier 2022, sans être à nouveau soutenue depuis.',
          en: 'The application to the CNIL for the platform to host compulsory health insurance data was withdrawn in January 2022 and has not been pursued since.',
        },
        date: { iso: '2022-01', precision: 'month' },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote: 'a été retirée en janvier 2022, sans être à nouveau soutenue à ce jour',
          },
        ],
      },
    ],
    related: ['health-data-hub', 'cnil', 'emc2'],
  },
  {
    id: 'senat',
    kind: 'public-body',
    name: { fr: 'Sénat', en: 'French Senate' },
    aliases: [
      // Capitalised it is the French Senate in French; other countries have one too.
      { text: 'Sénat', lang: 'fr', caseSensitive: true, ambiguous: true },
      { text: 'French Senate', lang: 'en' },
    ],
    summary: [
      {
        text: {
          fr: 'Une pétition réclamant la création d’une commission d’enquête sur la gestion des données de santé de la France confiée à la société Microsoft a été déposée au Sénat.',
          en: 'A petition calling for a commission of inquiry into the management of France’s health data entrusted to Microsoft was filed with the Senate.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Une pétition réclamant la création d’une « commission d’enquête sur la gestion des données de santé de la France à la société Microsoft » a été déposée au Sénat',
          },
        ],
      },
      {
        text: {
          fr: 'C’est auditionné par des sénateurs que Cédric O a annoncé le projet de rapatrier le Health Data Hub sur des plateformes françaises ou européennes.',
          en: 'It was at a hearing before senators that Cédric O announced the plan to move the Health Data Hub to French or European platforms.',
        },
        citations: [
          {
            source: AFP_WIRE,
            quote:
              'au transfert du Health Data Hub sur des plateformes françaises ou européennes », a déclaré Cédric O, auditionné par des sénateurs',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'Le sénateur Claude Raynal a posé une question écrite dont la réponse évoque des états de situation réguliers sur l’offre française de cloud souverain.',
          en: 'Senator Claude Raynal asked a written question whose answer mentions regular reviews of the French sovereign cloud offer.',
        },
        citations: [
          {
            source: JUVIN_QUESTION,
            quote: 'La réponse à une question écrite du sénateur Claude Raynal stipule que',
          },
        ],
      },
    ],
    related: ['microsoft', 'cedric-o', 'claude-raynal'],
  },
  {
    id: 'journal-officiel',
    kind: 'public-body',
    name: { fr: 'Journal officiel', en: 'Journal officiel (French official gazette)' },
    aliases: [
      // Also the Official Journal of the European Union ("Journal officiel de l'Union").
      { text: 'Journal officiel', lang: 'fr', ambiguous: true },
      { text: 'Journal officiel de la République française', lang: 'fr' },
      { text: 'JORF', caseSensitive: true },
    ],
    summary: [
      {
        text: {
          fr: 'Le Journal officiel a publié le 31 janvier 2024 la délibération de la Cnil du 21 décembre 2023 portant sur la création de l’entrepôt EMC2.',
          en: 'The Journal officiel published on 31 January 2024 the CNIL deliberation of 21 December 2023 on the creation of the EMC2 warehouse.',
        },
        citations: [
          {
            source: INCYBER,
            quote:
              'Le Journal officiel a publié, le 31 janvier 2024, une délibération de la Cnil du 21 décembre 2023 portant sur la création de l’EMC2',
          },
        ],
      },
    ],
    facts: [
      {
        text: {
          fr: 'mind Health situe cette publication du 31 janvier 2024 sur Légifrance.',
          en: 'mind Health places this publication of 31 January 2024 on Légifrance.',
        },
        date: deliberationPublished,
        citations: [
          {
            source: MIND_HEALTH,
            quote: 'dans une délibération en date du 21 décembre et publiée le 31 janvier 2024 sur Légifrance',
          },
        ],
      },
      {
        text: {
          fr: 'La délibération ainsi publiée date du 21 décembre 2023.',
          en: 'The deliberation so published is dated 21 December 2023.',
        },
        date: cnilDeliberation,
        citations: [
          {
            source: INCYBER,
            quote: 'une délibération de la Cnil du 21 décembre 2023',
          },
        ],
      },
    ],
    related: ['cnil', 'emc2'],
  },
];
