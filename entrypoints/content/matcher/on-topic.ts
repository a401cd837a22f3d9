/**
 * The disambiguation rule.
 *
 * Some aliases mean other things elsewhere: "Azure" is also a colour and a coast, "EMA" a
 * moving average, "DNS" the Domain Name System, "PDS", "ANS", "CNAM" other bodies. They
 * are declared `ambiguous` and count only on a page that is on topic.
 *
 * **A page is on topic when it has at least one unambiguous mention of a core entity**
 * (one the dataset marks `core: true`, the heart of the affair). An
 * ambiguous mention never makes a page on topic, not even of a core entity: two
 * ambiguous words ("Azure" and "PDS") together do not prove the page is about the affair.
 *
 * The rule is page-wide: the caller collects the unambiguous mentions of the whole page
 * (text node by text node), decides once, and passes the decision to `findMentions`.
 */
import type { Resolution } from './types';

/** Whether mentions make their page on topic, given the ids of the core entities. */
export function isOnTopic(mentions: readonly Resolution[], coreIds: ReadonlySet<string>): boolean {
  return mentions.some((mention) => !mention.ambiguous && mention.entityIds.some((id) => coreIds.has(id)));
}

/** Drops the ambiguous mentions of a page that is not on topic. */
export function keepOnTopic<T extends Resolution>(mentions: readonly T[], onTopic: boolean): T[] {
  return onTopic ? [...mentions] : mentions.filter((mention) => !mention.ambiguous);
}
