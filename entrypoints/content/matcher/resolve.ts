/**
 * From a matched text back to its alias(es) and entity: one map lookup by the folded key
 * (accents stripped, case folded, whitespace, apostrophes and hyphens unified), then a
 * case check for case-sensitive aliases. No scan of the aliases, whatever their number.
 */
import type { PrecompiledAlias } from './precompiled';
import type { Resolution } from './types';
import { casedKey, foldedKey, toUnits } from './units';

/** An alias as the running matcher holds it: precompiled, its context check compiled. */
export interface IndexedAlias extends Omit<PrecompiledAlias, 'context'> {
  /** The `notAfter`/`notBefore` check as a sticky (`uy`) regex, or null when it has none. */
  context: RegExp | null;
}

export interface AliasIndex {
  /** The aliases a text spells, case included; empty when it spells none. */
  candidates(matchText: string): IndexedAlias[];
}

/** Indexes aliases by folded key, once. */
export function indexAliases(aliases: readonly IndexedAlias[]): AliasIndex {
  const byKey = new Map<string, IndexedAlias[]>();
  for (const alias of aliases) {
    const list = byKey.get(alias.key);
    if (list) list.push(alias);
    else byKey.set(alias.key, [alias]);
  }
  return {
    candidates(matchText: string): IndexedAlias[] {
      const units = toUnits(matchText, false);
      const list = byKey.get(foldedKey(units));
      if (!list) return [];
      // Computed only when needed: most aliases are case-insensitive names.
      let cased: string | undefined;
      return list.filter((alias) => !alias.caseSensitive || (cased ??= casedKey(units)) === alias.casedKey);
    },
  };
}

/**
 * What candidates add up to. An unambiguous alias outranks ambiguous ones (the compiler
 * forbids that mix between two entities; within one entity it just means "sure").
 */
export function summarise(candidates: readonly IndexedAlias[]): Resolution | null {
  const sure = candidates.filter((alias) => !alias.ambiguous);
  const kept = sure.length > 0 ? sure : candidates;
  const entityIds = [...new Set(kept.map((alias) => alias.entityId))];
  const entityId = entityIds[0];
  if (entityId === undefined) return null;
  return { entityId, entityIds, ambiguous: sure.length === 0 };
}
