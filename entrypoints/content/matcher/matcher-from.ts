/**
 * Runtime: the matcher from its precompiled form (`data/matching.json`). Only compiles
 * regexes and fills the lookup map. It must not import the build-time modules (units
 * aside): trie, pattern builder and character classes would weigh on the content script
 * of every page for work already done by `npm run data`.
 */
import { findMentions } from './find-mentions';
import { isOnTopic } from './on-topic';
import type { PrecompiledMatcher } from './precompiled';
import { indexAliases, summarise } from './resolve';
import type { FindOptions, Matcher, Mention, Resolution } from './types';

export function matcherFrom(precompiled: PrecompiledMatcher): Matcher {
  const { source, flags } = precompiled.pattern;
  const pattern = new RegExp(source, flags);
  // A private copy for findMentions, so that its loop never disturbs a caller's
  // `lastIndex` on the public one. V8 shares the compiled code of equal regexes.
  const ownPattern = new RegExp(source, flags);
  const index = indexAliases(
    precompiled.aliases.map((alias) => ({
      ...alias,
      context: alias.context === '' ? null : new RegExp(alias.context, 'uy'),
    })),
  );
  const coreIds: ReadonlySet<string> = new Set(precompiled.coreIds);
  return {
    pattern,
    prefilter: new RegExp(precompiled.prefilter.source, precompiled.prefilter.flags),
    resolve: (matchText: string): Resolution | null => summarise(index.candidates(matchText)),
    findMentions: (text: string, options?: FindOptions): Mention[] =>
      findMentions(text, ownPattern, index, coreIds, options),
    isOnTopic: (mentions: readonly Resolution[]): boolean => isOnTopic(mentions, coreIds),
  };
}
