import type { Alias, Entity } from '../../../data/schema';

/** An alias as the compiler emits it, with the compiler's default for `caseSensitive`. */
export function alias(text: string, options: Partial<Alias> = {}): Alias {
  return {
    text,
    caseSensitive: options.caseSensitive ?? text === text.toUpperCase(),
    ambiguous: options.ambiguous ?? false,
    notAfter: options.notAfter ?? [],
    notBefore: options.notBefore ?? [],
    ...(options.lang ? { lang: options.lang } : {}),
  };
}

/** A compiled entity with only what the matcher reads filled in. */
export function entity(id: string, aliases: Array<string | Alias>, core = false): Entity {
  return {
    id,
    kind: 'organisation',
    name: { fr: id, en: id },
    aliases: aliases.map((a) => (typeof a === 'string' ? alias(a) : a)),
    summary: { fr: '', en: '' },
    sentences: [],
    facts: [],
    citations: [],
    related: [],
    core,
  };
}

/**
 * A small dataset in the image of the real one (written here, not read from
 * data/dataset.json): core entities, ambiguous acronyms, disqualifiers, an alias with a
 * hyphen, one with an apostrophe, one written without its accents.
 */
export const ENTITIES: Entity[] = [
  entity(
    'health-data-hub',
    ['Health Data Hub', 'HDH', 'Plateforme des données de santé', alias('PDS', { ambiguous: true })],
    true,
  ),
  entity('gip-pds', ['GIP PDS']),
  entity('microsoft', ['Microsoft']),
  entity(
    'microsoft-azure',
    [
      'Microsoft Azure',
      // Case-sensitive although it has lower-case letters: "azure" is a colour.
      alias('Azure', { caseSensitive: true, ambiguous: true, notAfter: ["Côte d'"] }),
    ],
    true,
  ),
  entity('azure-health-data-services', ['Azure Health Data Services']),
  entity(
    'emc2',
    ['EMC2', 'entrepôt EMC2', alias('EMC', { ambiguous: true, notAfter: ['Dell'], notBefore: ['Corporation'] })],
    true,
  ),
  entity('cloud-act', ['Cloud Act'], true),
  entity('conseil-etat', ["Conseil d'État"]),
  entity('cedric-o', ['Cédric O']),
  entity('securite-sociale', ['Securite sociale']),
  entity('cnil', ['CNIL', 'Commission nationale de l’informatique et des libertés']),
  entity('ema', [
    'European Medicines Agency',
    'Agence européenne des médicaments',
    alias('EMA', { ambiguous: true, notBefore: ['crossover'] }),
  ]),
  entity('dns', [
    'Délégation au numérique en santé',
    alias('DNS', { ambiguous: true, notAfter: ['serveur', 'serveurs'], notBefore: ['server', 'servers'] }),
  ]),
  entity('data-privacy-framework', [
    'EU-US Data Privacy Framework',
    'Data Privacy Framework',
    alias('DPF', { ambiguous: true }),
  ]),
  entity('assurance-maladie', [
    'Caisse nationale de l’assurance maladie',
    alias('Assurance maladie', { ambiguous: true }),
    alias('CNAM', { ambiguous: true }),
  ]),
  entity('isoc', ['Internet Society France', alias('ISOC', { ambiguous: true })]),
  // Two entities sharing an ambiguous alias, as the compiler allows.
  entity('agence-numerique-sante', ['Agence du numérique en santé', alias('ANS', { ambiguous: true })]),
  entity('ans-autre', [alias('ANS', { ambiguous: true })]),
];
