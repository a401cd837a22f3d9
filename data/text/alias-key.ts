/**
 * The form under which two spellings of a name are the same name: accents, apostrophe
 * and hyphen variants and whitespace do not count; letter case counts only for
 * case-sensitive aliases (acronyms).
 */
export function aliasKey(text: string, caseSensitive: boolean): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’ʼ‘´`]/gu, "'")
    .replace(/[-‐‑‒–—]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
  return caseSensitive ? folded : folded.toLowerCase();
}
