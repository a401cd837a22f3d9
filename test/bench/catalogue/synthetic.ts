import type { Alias, Entity } from '../../../data/schema';
import { Random } from '../pages/random';
import { FILLER_WORDS, HEADLINE_WORDS, MENTIONS } from '../pages/vocabulary';

/**
 * Synthetic catalogues for the scaling runs, in the compiled `Entity` shape that
 * `createMatcher` takes. Each one holds the aliases the pages mention (taken from the real
 * dataset, with their flags), so that every size finds the same 2,000 mentions on page (b),
 * plus made-up entities up to the wanted number of aliases, shaped like the real ones:
 * institution names sharing prefixes ("Agence nationale de …"), people, English names,
 * case-sensitive acronyms, some ambiguous, some with disqualifiers. Every made-up alias
 * holds an invented word or acronym, so none of them occurs on a page.
 */
export function syntheticCatalogue(aliasCount: number, dataset: readonly Entity[], seed = 0xca7): Entity[] {
  const base = mentionedEntities(dataset);
  const random = new Random(seed);
  const taken = new Set(dataset.flatMap((entity) => entity.aliases.map((alias) => key(alias.text))));
  for (const word of [...FILLER_WORDS, ...HEADLINE_WORDS]) taken.add(key(word));
  const unique = (make: () => string): string => {
    for (;;) {
      const text = make();
      if (!taken.has(key(text))) {
        taken.add(key(text));
        return text;
      }
    }
  };
  const entities = [...base];
  let count = base.reduce((sum, entity) => sum + entity.aliases.length, 0);
  for (let i = 0; count < aliasCount; i++) {
    const name = unique(() => inventedWord(random));
    const shapes: Alias[] = [
      alias(unique(() => `${random.pick(INSTITUTIONS)} ${random.pick(LINKS)}${name}`)),
      alias(unique(() => `${name} ${random.pick(ENGLISH_INSTITUTIONS)}`)),
      alias(
        unique(() => acronym(random)),
        { caseSensitive: true, ambiguous: random.chance(0.2) },
      ),
      alias(unique(() => `${random.pick(FIRST_NAMES)} ${name}`)),
      alias(name, { ambiguous: true, notBefore: random.chance(0.3) ? [random.pick(FILLER_WORDS)] : [] }),
    ];
    const aliases = shapes.slice(0, Math.min(aliasCount - count, random.int(1, shapes.length)));
    count += aliases.length;
    entities.push({
      id: `synthetic-${i}`,
      kind: 'organisation',
      name: { fr: aliases[0]?.text ?? name, en: aliases[0]?.text ?? name },
      aliases,
      summary: { fr: '', en: '' },
      sentences: [],
      facts: [],
      citations: [],
      related: [],
      core: false,
    });
  }
  return entities;
}

/** The number of aliases of a catalogue. */
export const aliasTotal = (entities: readonly Entity[]): number =>
  entities.reduce((sum, entity) => sum + entity.aliases.length, 0);

/** The real entities the pages mention, each with only the aliases the pages use. */
function mentionedEntities(dataset: readonly Entity[]): Entity[] {
  const wanted = new Set(MENTIONS.map(key));
  const entities = dataset
    .map((entity) => ({ ...entity, aliases: entity.aliases.filter((alias) => wanted.has(key(alias.text))) }))
    .filter((entity) => entity.aliases.length > 0);
  const found = new Set(entities.flatMap((entity) => entity.aliases.map((alias) => key(alias.text))));
  const missing = MENTIONS.filter((mention) => !found.has(key(mention)));
  if (missing.length > 0)
    throw new Error(`The dataset no longer has these aliases the pages use: ${missing.join(', ')}`);
  return entities;
}

function alias(text: string, flags: Partial<Alias> = {}): Alias {
  return { text, caseSensitive: false, ambiguous: false, notAfter: [], notBefore: [], ...flags };
}

/** Case-, accent- and apostrophe-insensitive. */
function key(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ‘´`]/gu, "'")
    .toLowerCase();
}

const SYLLABLES = 'var nes qui tal bre mon zan fé ro sel vin ka tho mir ga lé dru sco ven til bor cas pel ju rin'.split(
  ' ',
);

function inventedWord(random: Random): string {
  const word = Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1) + random.pick(['', 'e', 'is', 'ot', 'ac', 'um']);
}

function acronym(random: Random): string {
  return Array.from({ length: random.int(3, 5) }, () => String.fromCharCode(65 + random.int(0, 25))).join('');
}

const INSTITUTIONS = [
  'Agence',
  'Agence nationale',
  'Autorité',
  'Direction',
  'Direction générale',
  'Conseil',
  'Institut',
  'Office',
  'Observatoire',
  'Haut conseil',
  'Délégation',
  'Fondation',
  'Syndicat',
  'Centre hospitalier',
  'Cour',
];
const LINKS = ['de ', 'du ', 'des ', 'de la ', 'pour la ', 'de l’'];
const ENGLISH_INSTITUTIONS = [
  'Agency',
  'Authority',
  'Foundation',
  'Institute',
  'Health Cloud',
  'Data Trust',
  'Council',
];
const FIRST_NAMES = [
  'Claire',
  'Jean',
  'Marie',
  'Louis',
  'Camille',
  'Hugo',
  'Inès',
  'Paul',
  'Léa',
  'Thomas',
  'Élodie',
  'Nicolas',
];
