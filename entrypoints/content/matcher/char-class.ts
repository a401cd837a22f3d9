/**
 * Regex source for one {@link Unit}: the class of every character a page may write in its
 * place. Accent- and case-insensitivity are spelled out per character here, because the
 * one pattern mixes case-insensitive names and case-sensitive acronyms, and Node 20 and
 * older browsers have no per-group `(?i:)` modifier. The pattern therefore runs with flags
 * `gu` only (no `i`), and an upper-case-only edge simply cannot match the "a" of "azure".
 *
 * Not folded, because NFD does not decompose them: œ/oe, æ/ae, ß/ss, ł/l, ø/o.
 */
import { APOSTROPHES, HYPHENS, caseOf, foldChar, type Unit } from './units';

/**
 * Letters that fold to a basic letter are looked for in Latin-1 and Latin Extended-A
 * (French, and the other languages of Western Europe). Wider blocks (Vietnamese, Latin
 * Extended-B) doubled the ranges of every vowel class, hence the size and cost of the
 * pattern, for letters a French or English news page does not use.
 */
const VARIANT_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x41, 0x7a],
  [0xc0, 0x17f],
];

let variants: Map<string, number[]> | undefined;

/** Code points grouped by their folded form ("e" → e é è ê ë ē ĕ ė ę ě and capitals), built once. */
function variantTable(): Map<string, number[]> {
  if (variants) return variants;
  variants = new Map();
  for (const [first, last] of VARIANT_BLOCKS) {
    for (let cp = first; cp <= last; cp++) {
      const folded = foldChar(String.fromCodePoint(cp));
      if ([...folded].length !== 1 || !/\p{L}/u.test(folded)) continue;
      variants.set(folded, [...(variants.get(folded) ?? []), cp]);
    }
  }
  return variants;
}

const codePoints = (chars: string): number[] => [...chars].map((c) => c.codePointAt(0) ?? 0);
const APOSTROPHE_POINTS = codePoints(APOSTROPHES);
const HYPHEN_POINTS = codePoints(HYPHENS);

const pointsCache = new Map<string, number[]>();

/**
 * The code points that may stand for a unit whose accepted cases are `caseMask` (which may
 * be wider than the unit's own, on a trie edge shared by several aliases); `'space'` for
 * a run of whitespace, matched by `\s+`.
 */
export function unitCodePoints(unit: Unit, caseMask: number): number[] | 'space' {
  if (unit.kind === 'space') return 'space';
  if (unit.kind === 'apostrophe') return APOSTROPHE_POINTS;
  if (unit.kind === 'hyphen') return HYPHEN_POINTS;
  const id = `${unit.key}\u0000${caseMask}`;
  let accepted = pointsCache.get(id);
  if (accepted === undefined) {
    // The character itself and its case partners, in case it lies outside VARIANT_BLOCKS.
    const own = [unit.char, unit.char.toLowerCase(), unit.char.toUpperCase()].filter(
      (c) => [...c].length === 1 && foldChar(c) === unit.key,
    );
    const candidates = [...(variantTable().get(unit.key) ?? []), ...codePoints(own.join(''))];
    accepted = [...new Set(candidates)]
      .filter((cp) => {
        const charCase = caseOf(String.fromCodePoint(cp));
        return caseMask === 0 || charCase === 0 || (charCase & caseMask) !== 0;
      })
      .sort((a, b) => a - b);
    if (accepted.length === 0) accepted = codePoints(unit.char);
    pointsCache.set(id, accepted);
  }
  return accepted;
}

const SYNTAX = new Set('^$\\.*+?()[]{}|/');
const CLASS_SYNTAX = new Set('\\]^-[');
const INVISIBLE = /[\p{C}\p{Z}\p{M}]/u;

/** One code point, escaped for use inside (`inClass`) or outside a character class. */
function escapeChar(cp: number, inClass: boolean): string {
  const char = String.fromCodePoint(cp);
  if (INVISIBLE.test(char)) return `\\u{${cp.toString(16)}}`;
  return (inClass ? CLASS_SYNTAX : SYNTAX).has(char) ? `\\${char}` : char;
}

/**
 * `[...]` from code points, runs folded into ranges to keep the pattern short; a bare
 * (escaped) character for a single one. `space` adds `\s` to the class.
 */
export function classOf(points: readonly number[], space = false): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  if (sorted.length === 1 && !space) return escapeChar(sorted[0] ?? 0, false);
  let body = space ? '\\s' : '';
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] ?? 0;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i] ?? end;
    body += escapeChar(start, true);
    if (end > start + 1) body += '-';
    if (end > start) body += escapeChar(end, true);
  }
  return `[${body}]`;
}

const sourceCache = new Map<string, string>();

/** Source matching one unit whose accepted cases are `caseMask`. */
export function unitSource(unit: Unit, caseMask: number): string {
  const id = `${unit.kind}\u0000${unit.key}\u0000${caseMask}`;
  let source = sourceCache.get(id);
  if (source === undefined) {
    const points = unitCodePoints(unit, caseMask);
    source = points === 'space' ? '\\s+' : classOf(points);
    sourceCache.set(id, source);
  }
  return source;
}
