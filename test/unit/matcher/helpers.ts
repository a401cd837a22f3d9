import { createMatcher, type Matcher } from '../../../entrypoints/content/matcher';
import { ENTITIES } from './fixtures';

/** Built once for every test file: building is the expensive part. */
export const matcher: Matcher = createMatcher(ENTITIES);

/** `[matched text, entity id]` of every mention, with ambiguous aliases counted. */
export function found(text: string, m: Matcher = matcher): Array<[string, string]> {
  return m.findMentions(text, { onTopic: true }).map((mention) => [mention.text, mention.entityId]);
}
