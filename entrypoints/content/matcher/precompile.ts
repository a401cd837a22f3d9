/**
 * Build time: everything about matching that depends on the catalogue only (units, trie,
 * pattern source, lookup keys, context checks), reduced to JSON. Pure, so that `npm run
 * data` and the tests compute the same thing; the content script never imports it.
 */
import type { MatchingEntity } from '../../../data/schema';
import { PATTERN_FLAGS, PREFILTER_FLAGS, patternSource, prefilterSource } from './build-pattern';
import { compileAliases } from './compiled-alias';
import type { PrecompiledMatcher } from './precompiled';

export function precompileMatcher(entities: readonly MatchingEntity[]): PrecompiledMatcher {
  const aliases = compileAliases(entities);
  return {
    pattern: { source: patternSource(aliases), flags: PATTERN_FLAGS },
    prefilter: { source: prefilterSource(aliases), flags: PREFILTER_FLAGS },
    aliases: aliases.map((compiled) => ({
      entityId: compiled.entityId,
      key: compiled.key,
      casedKey: compiled.casedKey,
      caseSensitive: compiled.alias.caseSensitive,
      ambiguous: compiled.alias.ambiguous,
      context: compiled.context,
    })),
    coreIds: entities.filter((entity) => entity.core).map((entity) => entity.id),
  };
}
