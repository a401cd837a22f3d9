/**
 * From a matched text back to its alias(es) and entity: one map lookup by the folded key
 * (accents stripped, case folded, whitespace, apostrophes and hyphens unified), then a
 * case check for case-sensitive aliases. No scan of the aliases, whatever their number.
 */
import type { CompiledAlias } from './compiled-alias';
import type { Resolution } from './types';
import { casedKey, foldedKey, toUnits } from './units';

export interface AliasIndex {
  /** The aliases a text spells, case included; empty when it spells none. */
  candidates(matchText: string): CompiledAlias[];
}

/** Indexes aliases by folded key, once. */
export function indexAliases(aliases: readonly CompiledAlias[]): AliasIndex {
  const byKey = new Map<string, CompiledAlias[]>();
  for (const alias of aliases) {
    const list = byKey.get(alias.key);
    if (list) list.push(alias);
    else byKey.set(alias.key, [alias]);
  }
  return {
    candidates(matchText: string): CompiledAlias[] {
      const units = toUnits(matchText, false);
      const list = byKey.get(foldedKey(units));
      if (!list) return [];
      // Computed only when needed: most aliases are case-insensitive names.
      let cased: string | undefined;
      return list.filter((alias) => !alias.alias.caseSensitive || (cased ??= casedKey(units)) === alias.casedKey);
    },
  };
}

/**
 * What candidates add up to. An unambiguous alias outranks ambiguous ones (the compiler
 * forbids that mix between two entities; within one entity it just means "sure").
 */
export function summarise(candidates: readonly CompiledAlias[]): Resolution | null {
  const sure = candidates.filter((alias) => !alias.alias.ambiguous);
  const kept = sure.length > 0 ? sure : candidates;
  const entityIds = [...new Set(kept.map((alias) => alias.entityId))];
  const entityId = entityIds[0];
  if (entityId === undefined) return null;
  return { entityId, entityIds, ambiguous: sure.length === 0 };
}
