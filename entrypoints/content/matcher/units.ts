/**
 * What counts as "the same character" for the matcher. Both the pattern builder and the
 * resolver go through {@link toUnits}, so that a text the pattern matched always gives
 * back the key of the alias it matched: one definition, no drift.
 *
 * The sets below mirror `data/text/alias-key.ts` (used by the compiler to detect two
 * entities claiming one alias), but are kept here so the content script does not depend
 * on the compiler's tree.
 */

/** Every form a page may use for an apostrophe: ' ’ ʼ ‘ ´ and the backtick. */
export const APOSTROPHES = "'\u2019\u02BC\u2018\u00B4`";
/** Hyphens and dashes: - ‐ ‑ ‒ – —. Typesetters and CMSs swap them freely. */
export const HYPHENS = '-\u2010\u2011\u2012\u2013\u2014';

/** Bit set of the letter cases a unit accepts. Caseless characters (digits) have 0. */
export const LOWER = 1;
export const UPPER = 2;
export const ANY_CASE = LOWER | UPPER;

export type UnitKind = 'space' | 'apostrophe' | 'hyphen' | 'char';

/** One position of an alias: a run of whitespace, an apostrophe, a hyphen or a character. */
export interface Unit {
  kind: UnitKind;
  /** Accent-stripped, lower-cased form; `' '`, `"'"` or `'-'` for the separators. */
  key: string;
  /** The character as written (the first one, for a run of whitespace). */
  char: string;
  /** Cases accepted: the character's own for case-sensitive text, both otherwise. */
  caseMask: number;
}

const WHITESPACE = /^\s$/u;
const MARK = /\p{M}/gu;
const foldCache = new Map<string, string>();

/**
 * Accent-stripped, lower-cased form of one code point; `''` for a lone combining mark.
 * Canonical decomposition (NFD) only: "é" folds to "e" but "²" stays "²" (NFKD would turn
 * it into "2", and "EMC²" must not read as "EMC2").
 */
export function foldChar(char: string): string {
  let folded = foldCache.get(char);
  if (folded === undefined) {
    folded = char.normalize('NFD').replace(MARK, '').toLowerCase().replace(MARK, '');
    foldCache.set(char, folded);
  }
  return folded;
}

/** Accent-stripped form that keeps the letter case, for case-sensitive comparisons. */
export function stripAccents(char: string): string {
  return char.normalize('NFD').replace(MARK, '');
}

/** {@link UPPER}, {@link LOWER} or 0 for a character without case. */
export function caseOf(char: string): number {
  if (char !== char.toLowerCase()) return UPPER;
  if (char !== char.toUpperCase()) return LOWER;
  return 0;
}

/**
 * Splits a text into units. Whitespace runs collapse to one unit; combining marks vanish
 * (they fold into the preceding letter); the text is NFC-normalised first so that a
 * decomposed alias yields the same units as a precomposed one.
 */
export function toUnits(text: string, caseSensitive: boolean): Unit[] {
  const units: Unit[] = [];
  for (const char of text.normalize('NFC')) {
    if (WHITESPACE.test(char)) {
      if (units.at(-1)?.kind !== 'space') units.push({ kind: 'space', key: ' ', char, caseMask: 0 });
    } else if (APOSTROPHES.includes(char)) {
      units.push({ kind: 'apostrophe', key: "'", char, caseMask: 0 });
    } else if (HYPHENS.includes(char)) {
      units.push({ kind: 'hyphen', key: '-', char, caseMask: 0 });
    } else {
      const key = foldChar(char);
      if (key === '') continue;
      const own = caseOf(char);
      units.push({ kind: 'char', key, char, caseMask: caseSensitive || own === 0 ? own : ANY_CASE });
    }
  }
  return units;
}

/** Units without leading or trailing whitespace: an alias " Azure " is "Azure". */
export function trimUnits(units: Unit[]): Unit[] {
  let start = 0;
  let end = units.length;
  while (start < end && units[start]?.kind === 'space') start++;
  while (end > start && units[end - 1]?.kind === 'space') end--;
  return units.slice(start, end);
}

/** The lookup key: case-folded, accent-stripped, separators unified. */
export function foldedKey(units: readonly Unit[]): string {
  return units.map((unit) => unit.key).join('');
}

/** Like {@link foldedKey} but keeping letter case, to check case-sensitive aliases. */
export function casedKey(units: readonly Unit[]): string {
  return units.map((unit) => (unit.kind === 'char' ? stripAccents(unit.char) : unit.key)).join('');
}
