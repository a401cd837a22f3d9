import { aliasKey } from '../text/alias-key';

/**
 * Text as search compares it: no accents, no letter case, ligatures spelled out, and
 * punctuation (apostrophes, hyphens, guillemets…) read as a space, so that "conseil d'etat"
 * finds "Conseil d’État" and "cedric o" finds "Cédric O". NFKD first, so that "²" is "2"
 * and "ﬁ" is "fi"; "œ" and "æ" are not compatibility characters and are spelled out here.
 */
export function foldForSearch(text: string): string {
  const spelled = text
    .normalize('NFKD')
    .replace(/œ/gu, 'oe')
    .replace(/Œ/gu, 'OE')
    .replace(/æ/gu, 'ae')
    .replace(/Æ/gu, 'AE');
  return aliasKey(spelled, false)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, folded; an empty list for a query of blanks or punctuation only. */
export function searchTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * A folded text ready for word-prefix matching: a space in front, so that `' ' + term`
 * finds a term only where a word starts. Prefixes, not any substring: "ans" (the agency)
 * should find "ANS", not every "dans" of the summaries; "emc" still finds "EMC2".
 */
export function haystack(...texts: readonly string[]): string {
  return ` ${texts.map(foldForSearch).join(' ')}`;
}

/** Whether a term starts a word of the haystack. */
export function hasWordPrefix(hay: string, term: string): boolean {
  return hay.includes(` ${term}`);
}
