/**
 * What must hold around a match, as zero-width regex assertions: word boundaries, the
 * letter case of case-sensitive aliases, and the `notAfter` / `notBefore` disqualifiers.
 *
 * All of them are lookarounds, so they see only the string being searched: run text node
 * by text node, "Dell" in one node cannot disqualify "EMC" in the next (mark.js's
 * `acrossElements` searches a whole block as one string, which avoids that).
 */
import type { Alias } from '../../../data/schema';
import { unitSource } from './char-class';
import { APOSTROPHES, HYPHENS, toUnits, trimUnits, type Unit } from './units';

/**
 * A character that continues a word or token: letters, digits, combining marks, "_" and
 * the soft hyphen. Apostrophes, hyphens and punctuation are not, so "l'EMC2", "d’Azure"
 * and "Cloud Act's" match while "Azurean", "xEMC2", "EMC2x" and "EMC²" (² is a digit) do
 * not.
 *
 * Spelled as explicit BMP ranges rather than `[\p{L}\p{N}\p{M}]`: V8 expands a Unicode
 * property class into hundreds of ranges plus surrogate handling, which made every
 * position of the scan several times slower, and bloated the compiled code. The ranges
 * follow Unicode for Latin; for other scripts they take whole blocks as letters (their
 * rare punctuation included). ʼ (U+02BC) is a letter for Unicode but an apostrophe here.
 */
const WORD_CHAR =
  '[0-9A-Z_a-z\\u00AA\\u00AD\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6' +
  '\\u00F8-\\u02BB\\u02BD-\\u1FFF\\u2070-\\u209F\\u2150-\\u218F\\u2C00-\\u2DFF\\u3005-\\u3007\\u3040-\\u9FFF' +
  '\\uA000-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFEFE\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFDC]';
/** With an ASCII pre-check: most positions are inside a word of ASCII letters, cheap to reject. */
export const START_BOUNDARY = `(?<![0-9A-Z_a-z])(?<!${WORD_CHAR})`;
/**
 * After a match: no word character, nor an apostrophe before a capital letter, which
 * continues a name ("Cédric O’Neil" is not "Cédric O"). A possessive or a contraction
 * ("Cloud Act's", "Microsoft’ll") keeps its match.
 */
export const END_BOUNDARY = `(?!${WORD_CHAR})(?![${APOSTROPHES}][A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE])`;

/** Between a disqualifier and the alias: whitespace, or a hyphen ("Dell-EMC"). */
const SEPARATOR = `(?:\\s+|\\s*[${HYPHENS.replace('-', '\\-')}]\\s*)`;

/** Source matching the units exactly as their masks allow (no wider case). */
export function unitsSource(units: readonly Unit[]): string {
  return units.map((unit) => unitSource(unit, unit.caseMask)).join('');
}

const isWordEdge = (unit: Unit | undefined): boolean => unit?.kind === 'char';

/** Disqualifier words, case- and accent-insensitive, whole words unless they end in "'". */
function words(list: readonly string[], side: 'before' | 'after'): string[] {
  return list
    .map((word) => trimUnits(toUnits(word, false)))
    .filter((units) => units.length > 0)
    .map((units) => {
      const body = unitsSource(units);
      if (side === 'before') {
        // The word sits before the alias: bound it on its left, join it on its right.
        const left = isWordEdge(units[0]) ? START_BOUNDARY : '';
        return `${left}${body}${isWordEdge(units.at(-1)) ? SEPARATOR : '\\s*'}`;
      }
      const right = isWordEdge(units.at(-1)) ? END_BOUNDARY : '';
      return `${isWordEdge(units[0]) ? SEPARATOR : '\\s*'}${body}${right}`;
    });
}

/**
 * The `notAfter` and `notBefore` checks of one alias, to be placed right after its last
 * unit. `notAfter` has to look back over the alias itself to reach the word before it,
 * hence the alias source inside the lookbehind.
 */
export function contextSource(alias: Alias, units: readonly Unit[]): string {
  let source = '';
  const before = words(alias.notAfter, 'before');
  if (before.length > 0) source += `(?<!(?:${before.join('|')})${unitsSource(units)})`;
  const after = words(alias.notBefore, 'after');
  if (after.length > 0) source += `(?!${after.join('|')})`;
  return source;
}

/**
 * Every condition of one alias at its end. `checkCase` is set when the trie edges the
 * alias goes through accept a wider case than the alias (because a case-insensitive alias
 * shares them): the lookbehind then re-reads the match with the alias's own case.
 */
export function aliasConditions(alias: Alias, units: readonly Unit[], checkCase: boolean): string {
  return caseCondition(units, checkCase) + contextSource(alias, units);
}

/** The letter-case check alone (see `aliasConditions`), or `''` when none is needed. */
export function caseCondition(units: readonly Unit[], checkCase: boolean): string {
  return checkCase ? `(?<=${unitsSource(units)})` : '';
}
