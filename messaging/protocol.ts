/**
 * The messages between the extension's parts. The background accepts only what
 * `parseContentMessage` recognises; anything else is ignored.
 */

/** Content script → background: the entities on the page, for the toolbar badge. */
export interface MentionsReport {
  type: 'eclairage:mentions';
  counts: Record<string, number>;
}

/** Popup → content script: what is on this page? */
export interface MentionsQuery {
  type: 'eclairage:get-mentions';
}

/** Content script → background: open the timeline, filtered on an entity, in a tab. */
export interface OpenTimelineRequest {
  type: 'eclairage:open-timeline';
  entityId: string;
}

export type ContentMessage = MentionsReport | OpenTimelineRequest;

const ENTITY_ID = /^[a-z0-9-]{1,64}$/u;
const MAX_ENTITIES = 1000;

/** A valid message from a content script, or null: anything unexpected is ignored. */
export function parseContentMessage(message: unknown): ContentMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, counts, entityId } = message as Record<string, unknown>;
  if (type === 'eclairage:open-timeline') {
    return typeof entityId === 'string' && ENTITY_ID.test(entityId) ? { type, entityId } : null;
  }
  if (type !== 'eclairage:mentions' || typeof counts !== 'object' || counts === null || Array.isArray(counts)) {
    return null;
  }
  const entries = Object.entries(counts);
  if (entries.length > MAX_ENTITIES) return null;
  for (const [id, count] of entries) {
    if (!ENTITY_ID.test(id) || !Number.isInteger(count) || (count as number) < 0) return null;
  }
  return { type, counts: counts as Record<string, number> };
}

export function isMentionsQuery(message: unknown): message is MentionsQuery {
  return (
    typeof message === 'object' && message !== null && (message as MentionsQuery).type === 'eclairage:get-mentions'
  );
}
