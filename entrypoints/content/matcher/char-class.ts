/**
 * Regex source for one {@link Unit}: the class of every character a page may write in its
 * place. Accent- and case-insensitivity are spelled out per character here, because the
 * one pattern mixes case-insensitive names and case-sensitive acronyms and Node 20 / the
 * browsers we target have no per-group `(?i:)` modifier. The pattern therefore runs with
 * flags `gu` only, and a lower-case-only edge simply cannot match "Azure".
 */
import { APOSTROPHES, HYPHENS, caseOf, foldChar, type Unit } from './units';

/**
 * Blocks whose precomposed letters fold to a basic letter: Latin-1, Latin Extended-A/B,
 * Latin Extended Additional (Vietnamese), Greek and Cyrillic. Enough for French and English pages.
 */
const VARIANT_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x41, 0x7a],
  [0xc0, 0x24f],
  [0x370, 0x4ff],
  [0x1e00, 0x1eff],
];

const LETTER = /^\p{L}$/u;
let variants: Map<string, number[]> | undefined;

/** Code points grouped by their folded form ("e" → e é è ê ë ē … E É È …), built once. */
function variantTable(): Map<string, number[]> {
  if (variants) return variants;
  variants = new Map();
  for (const [first, last] of VARIANT_BLOCKS) {
    for (let cp = first; cp <= last; cp++) {
      const char = String.fromCodePoint(cp);
      if (!LETTER.test(char)) continue;
      const folded = foldChar(char);
      if ([...folded].length !== 1) continue;
      const group = variants.get(folded) ?? [];
      group.push(cp);
      variants.set(folded, group);
    }
  }
  return variants;
}

const SYNTAX = new Set('^$\\.*+?()[]{}|/');
const CLASS_SYNTAX = new Set('\\]^-[');
const INVISIBLE = /[\p{C}\p{Z}\p{M}]/u;

/** One code point, escaped for use inside (`inClass`) or outside a character class. */
export function escapeChar(char: string, inClass = false): string {
  if (INVISIBLE.test(char)) return `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`;
  return (inClass ? CLASS_SYNTAX : SYNTAX).has(char) ? `\\${char}` : char;
}

/** `[...]` from code points, with runs folded into ranges to keep the pattern short. */
function classOf(codePoints: number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  if (sorted.length === 1) return escapeChar(String.fromCodePoint(sorted[0] ?? 0));
  let body = '';
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] ?? 0;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i] ?? end;
    body += escapeChar(String.fromCodePoint(start), true);
    if (end > start + 1) body += '-';
    if (end > start) body += escapeChar(String.fromCodePoint(end), true);
  }
  return `[${body}]`;
}

const cache = new Map<string, string>();

/**
 * Source matching one unit whose accepted cases are `caseMask` (which may be wider than
 * the unit's own, on a trie edge shared by several aliases). Letters are followed by
 * `\p{M}*` so that decomposed (NFD) text matches too.
 */
export function unitSource(unit: Unit, caseMask: number): string {
  if (unit.kind === 'space') return '\\s+';
  if (unit.kind === 'apostrophe') return classOf([...APOSTROPHES].map((c) => c.codePointAt(0) ?? 0));
  if (unit.kind === 'hyphen') return classOf([...HYPHENS].map((c) => c.codePointAt(0) ?? 0));
  const id = `${unit.key}\u0000${caseMask}`;
  const cached = cache.get(id);
  if (cached !== undefined) return cached;
  // The character itself and its case partners, in case it lies outside VARIANT_BLOCKS.
  const own = [unit.char, unit.char.toLowerCase(), unit.char.toUpperCase()].filter(
    (c) => [...c].length === 1 && foldChar(c) === unit.key,
  );
  const candidates = [...(variantTable().get(unit.key) ?? []), ...own.map((c) => c.codePointAt(0) ?? 0)];
  const accepted = candidates.filter((cp) => {
    const c = caseOf(String.fromCodePoint(cp));
    return caseMask === 0 || c === 0 || (c & caseMask) !== 0;
  });
  const letter = LETTER.test(unit.char);
  const source = classOf(accepted.length > 0 ? accepted : [unit.char.codePointAt(0) ?? 0]) + (letter ? '\\p{M}*' : '');
  cache.set(id, source);
  return source;
}
