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

/**
 * Popup → content script: which site is this? Answered with `PageInfo`. The popup has no
 * `tabs` permission, so it cannot read the tab's URL; the content script can. No answer
 * at all means no content script: a page Éclairage cannot run on.
 */
export interface PageQuery {
  type: 'eclairage:get-page';
}

export interface PageInfo {
  /** `location.hostname`, the key of "on/off for this site". */
  host: string;
}

/** Popup → content script: scroll to the first mention of an entity and flash it. Answered with `ScrollResult`. */
export interface ScrollRequest {
  type: 'eclairage:scroll-to';
  entityId: string;
}

export interface ScrollResult {
  /** False when the page no longer shows a mention of the entity. */
  found: boolean;
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
  return isCounts(counts) ? { type, counts } : null;
}

/** Entity id → count, within bounds: what a mentions report and a mentions answer carry. */
export function isCounts(counts: unknown): counts is Record<string, number> {
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) return false;
  const entries = Object.entries(counts);
  if (entries.length > MAX_ENTITIES) return false;
  return entries.every(([id, count]) => ENTITY_ID.test(id) && Number.isInteger(count) && (count as number) >= 0);
}

export function isMentionsQuery(message: unknown): message is MentionsQuery {
  return (
    typeof message === 'object' && message !== null && (message as MentionsQuery).type === 'eclairage:get-mentions'
  );
}

/** A valid popup request for the content script (other than the mentions query), or null. */
export function parsePopupRequest(message: unknown): PageQuery | ScrollRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, entityId } = message as Record<string, unknown>;
  if (type === 'eclairage:get-page') return { type };
  if (type === 'eclairage:scroll-to' && typeof entityId === 'string' && ENTITY_ID.test(entityId)) {
    return { type, entityId };
  }
  return null;
}

/** The content script's answer to `PageQuery`, checked, or null. */
export function parsePageInfo(reply: unknown): PageInfo | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const { host } = reply as Record<string, unknown>;
  return typeof host === 'string' && host.length <= 253 ? { host } : null;
}
