import type { MentionResolver } from './mention-policy';

/**
 * Distinct match texts remembered, at most. A page says "Health Data Hub" many times in a
 * few spellings; a hostile page with endless case variants only empties the memory.
 */
const MAX_REMEMBERED = 1000;

/**
 * The resolver, remembering what each match text resolves to: the scan and the write both
 * ask about every match, and most matches repeat a text already seen.
 */
export function cachedResolver(resolver: MentionResolver): MentionResolver {
  const known = new Map<string, ReturnType<MentionResolver['resolve']>>();
  return {
    pattern: resolver.pattern,
    prefilter: resolver.prefilter,
    isOnTopic: (mentions) => resolver.isOnTopic(mentions),
    resolve(text) {
      const remembered = known.get(text);
      if (remembered !== undefined) return remembered;
      const resolution = resolver.resolve(text);
      if (known.size >= MAX_REMEMBERED) known.clear();
      known.set(text, resolution);
      return resolution;
    },
  };
}
