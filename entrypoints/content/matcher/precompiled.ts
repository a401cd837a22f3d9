/**
 * The matcher as `npm run data` writes it into `data/matching.json`: plain JSON, so that
 * the content script only has to compile a regex and fill a map on each page. Turning
 * aliases into units, a trie and a pattern took a 55–75 ms task on every page; it depends
 * on the catalogue alone, so it is done once, at build time (see `precompile.ts`).
 */

/** What resolving a match and re-checking its context need of one alias. */
export interface PrecompiledAlias {
  entityId: string;
  /** Accent-stripped, case-folded key: what the resolver's map is keyed by. */
  key: string;
  /** Accent-stripped key keeping case, compared for case-sensitive aliases only. */
  casedKey: string;
  caseSensitive: boolean;
  /** Counts only on a page on topic (see `on-topic.ts`). */
  ambiguous: boolean;
  /**
   * Source of the `notAfter`/`notBefore` checks, run sticky (`uy`) at the match end, or
   * `''` when the alias has none (see `CompiledAlias.context`).
   */
  context: string;
}

export interface PrecompiledMatcher {
  /** The one pattern for every alias, as `build-pattern.ts` writes it. */
  pattern: { source: string; flags: string };
  /** A looser pattern, matching wherever `pattern` may (see `prefilterSource`). */
  prefilter: { source: string; flags: string };
  /** Every non-empty alias of every entity, in dataset order (resolution keeps that order). */
  aliases: PrecompiledAlias[];
  /** Ids of the core entities, for the on-topic rule. */
  coreIds: string[];
}
