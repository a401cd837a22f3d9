/**
 * What must hold around a match, as zero-width regex assertions: word boundaries, the
 * letter case of case-sensitive aliases, and the `notAfter` / `notBefore` disqualifiers.
 *
 * All of them are lookarounds, so they see only the string being searched: run per text
 * node (as mark.js does), "Dell" in one node cannot disqualify "EMC" in the next.
 */
import type { Alias } from '../../../data/schema';
import { unitSource } from './char-class';
import { HYPHENS, toUnits, trimUnits, type Unit } from './units';

/**
 * A character that continues a word or token. Apostrophes, hyphens and punctuation are
 * not: "l'EMC2", "d’Azure" and "Cloud Act's" match, "Azurean", "xEMC2", "EMC2x" and
 * "EMC²" (² is a number) do not.
 */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';
export const START_BOUNDARY = `(?<!${WORD_CHAR})`;
export const END_BOUNDARY = `(?!${WORD_CHAR})`;

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
  return (checkCase ? `(?<=${unitsSource(units)})` : '') + contextSource(alias, units);
}
