/**
 * An alias prepared for matching, at build time (see `precompile.ts`): its units, its
 * lookup keys and, when it has disqualifiers, the source of a sticky regex that re-checks
 * them at a given match position.
 */
import type { Alias, MatchingEntity } from '../../../data/schema';
import { contextSource } from './conditions';
import { casedKey, foldedKey, toUnits, trimUnits, type Unit } from './units';

export interface CompiledAlias {
  entityId: string;
  /** Whether the entity is core to the affair (see `on-topic.ts`). */
  core: boolean;
  alias: Alias;
  units: Unit[];
  /** Accent-stripped, case-folded key: what the resolver's map is keyed by. */
  key: string;
  /** Accent-stripped key keeping case, compared for case-sensitive aliases only. */
  casedKey: string;
  /**
   * `notAfter`/`notBefore` as the source of a sticky regex to run with `lastIndex` at the
   * match end, or `''`. Needed because the shared pattern only knows that *some* alias
   * ending there passed its disqualifiers; when two entities share an alias with
   * different ones, this tells which. A source, not a regex: it goes into JSON.
   */
  context: string;
}

/** Every non-empty alias of every entity, in dataset order. */
export function compileAliases(entities: readonly MatchingEntity[]): CompiledAlias[] {
  const compiled: CompiledAlias[] = [];
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const units = trimUnits(toUnits(alias.text, alias.caseSensitive));
      if (units.length === 0) continue;
      compiled.push({
        entityId: entity.id,
        core: entity.core,
        alias,
        units,
        key: foldedKey(units),
        casedKey: casedKey(units),
        context: contextSource(alias, units),
      });
    }
  }
  return compiled;
}
