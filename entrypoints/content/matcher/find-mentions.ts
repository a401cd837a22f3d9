/**
 * The convenience loop over a text: run the pattern, resolve each match, apply the
 * on-topic rule. The highlighter may instead hand the pattern to mark.js and call
 * `resolve` in its filter; both give the same mentions (bar the rare case below).
 */
import { isOnTopic, keepOnTopic } from './on-topic';
import { summarise, type AliasIndex, type IndexedAlias } from './resolve';
import type { FindOptions, Mention } from './types';

/** Whether an alias's own disqualifiers allow it at a match ending at `end`. */
function fitsContext(alias: IndexedAlias, text: string, end: number): boolean {
  if (!alias.context) return true;
  alias.context.lastIndex = end;
  return alias.context.test(text);
}

/**
 * Every mention in `text`, in order. `pattern` must be the matcher's own copy of the
 * pattern (its `lastIndex` is reset here, before and after), not the one handed out.
 *
 * The pattern only knows that *some* alias ending at a position passed its
 * disqualifiers; when two entities share an alias with different `notAfter`/`notBefore`,
 * each candidate's own are re-checked here, which `resolve` (text only) cannot do.
 */
export function findMentions(
  text: string,
  pattern: RegExp,
  index: AliasIndex,
  coreIds: ReadonlySet<string>,
  options: FindOptions = {},
): Mention[] {
  const mentions: Mention[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const matched = match[0];
    // Never happens (no alias is empty), but an empty match would loop forever.
    if (matched === '') {
      pattern.lastIndex++;
      continue;
    }
    const end = match.index + matched.length;
    const resolution = summarise(index.candidates(matched).filter((alias) => fitsContext(alias, text, end)));
    if (resolution) mentions.push({ start: match.index, end, text: matched, ...resolution });
  }
  pattern.lastIndex = 0;
  return keepOnTopic(mentions, options.onTopic ?? isOnTopic(mentions, coreIds));
}
