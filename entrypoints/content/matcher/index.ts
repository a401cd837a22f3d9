/**
 * The mention matcher: finds the dataset's entities named in a text. Pure, no DOM.
 *
 * ```ts
 * const matcher = createMatcher(dataset.entities);
 * const onTopic = matcher.isOnTopic(texts.flatMap((t) => matcher.findMentions(t, { onTopic: false })));
 * const mentions = matcher.findMentions(text, { onTopic });
 * ```
 *
 * Everything (units, trie, regex, lookup map) is built once; the calls allocate no regex.
 * The content script does not build it: `npm run data` runs {@link precompileMatcher} on
 * the dataset into `data/matching.json`, and the page only runs {@link matcherFrom} on
 * that (import it from `./matcher-from`, which leaves the builder out of the bundle).
 *
 * Matching rules, in short:
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
import { matcherFrom } from './matcher-from';
import { precompileMatcher } from './precompile';
import type { Matcher } from './types';

export type { FindOptions, Matcher, Mention, Resolution } from './types';
export type { PrecompiledAlias, PrecompiledMatcher } from './precompiled';
export { matcherFrom, precompileMatcher };

/** Build and runtime halves in one go, for tests and tools that match any catalogue. */
export function createMatcher(entities: readonly MatchingEntity[]): Matcher {
  return matcherFrom(precompileMatcher(entities));
}
