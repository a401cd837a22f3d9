/**
 * The mention matcher: finds the dataset's entities named in a text. Pure, no DOM.
 *
 * ```ts
 * const matcher = createMatcher(dataset.entities);
 * const onTopic = matcher.isOnTopic(texts.flatMap((t) => matcher.findMentions(t, { onTopic: false })));
 * const mentions = matcher.findMentions(text, { onTopic });
 * ```
 *
 * Everything (units, trie, regex, lookup map) is built once here; the calls allocate no
 * regex. Matching rules, in short:
 * - names match case-insensitively, case-sensitive aliases (acronyms) only in their case;
 * - accents never count ("Etat" = "État"), nor the form of apostrophes (' ’ ʼ ‘ ´ `),
 *   hyphens (- ‐ ‑ ‒ – —) and whitespace (any run, NBSP, narrow NBSP, line breaks);
 * - whole words only: a letter, digit or "_" next to the match forbids it ("Azurean",
 *   "xEMC2", "EMC2x", "EMC²", plural "Cloud Acts"), an apostrophe or hyphen does not
 *   (possessive "Cloud Act's", elided "l'EMC2", "d’Azure");
 * - the longest alias at a position wins ("Microsoft Azure", not "Azure");
 * - `notAfter` / `notBefore` words next to an alias disqualify it ("Dell EMC");
 * - ambiguous aliases count only on a page on topic (see `on-topic.ts`).
 */
import type { MatchingEntity } from '../../../data/schema';
import { buildPattern } from './build-pattern';
import { compileAliases } from './compiled-alias';
import { findMentions } from './find-mentions';
import { isOnTopic } from './on-topic';
import { indexAliases, summarise } from './resolve';
import type { FindOptions, Matcher, Mention, Resolution } from './types';

export type { FindOptions, Matcher, Mention, Resolution } from './types';

export function createMatcher(entities: readonly MatchingEntity[]): Matcher {
  const aliases = compileAliases(entities);
  const pattern = buildPattern(aliases);
  // A private copy for findMentions, so that its loop never disturbs a caller's
  // `lastIndex` on the public one. V8 shares the compiled code of equal regexes.
  const ownPattern = new RegExp(pattern.source, pattern.flags);
  const index = indexAliases(aliases);
  const coreIds: ReadonlySet<string> = new Set(entities.filter((entity) => entity.core).map((entity) => entity.id));
  return {
    pattern,
    resolve: (matchText: string): Resolution | null => summarise(index.candidates(matchText)),
    findMentions: (text: string, options?: FindOptions): Mention[] =>
      findMentions(text, ownPattern, index, coreIds, options),
    isOnTopic: (mentions: readonly Resolution[]): boolean => isOnTopic(mentions, coreIds),
  };
}
