import type { EntityKind } from '../../data/schema';

/** The popup's sections, in the order of its tabs. */
export const TAB_IDS = ['page', 'timeline', 'entities', 'sources'] as const;
export type TabId = (typeof TAB_IDS)[number];

/** Where the popup opens: a section, and what it shows there. */
export interface Route {
  tab?: TabId;
  /** Timeline: the entity filter. Index: the entity whose card is open. */
  entity?: string;
  /** Timeline: the kind filter. */
  kind?: EntityKind;
  /** Timeline: the full-text query. */
  query?: string;
  /** Sources: the document whose full text is open. */
  source?: string;
}

/**
 * Reads the hash the popup page was opened with: `#timeline?entity=cnil` (the card's
 * "timeline" link, see `messaging/timeline-url.ts`), `#entities?entity=cnil`,
 * `#sources?source=<id>`, `#page`. Anything unknown is ignored.
 */
export function parseRoute(hash: string): Route {
  const [name = '', query = ''] = hash.replace(/^#/u, '').split('?', 2);
  const tab = (TAB_IDS as readonly string[]).includes(name) ? (name as TabId) : undefined;
  if (!tab) return {};
  const params = new URLSearchParams(query);
  const route: Route = { tab };
  const entity = params.get('entity');
  const kind = params.get('kind');
  const text = params.get('q');
  const source = params.get('source');
  if (entity) route.entity = entity;
  if (kind) route.kind = kind as EntityKind;
  if (text) route.query = text;
  if (source) route.source = source;
  return route;
}

/**
 * The tab whose page the popup reports on, when the URL names one: `popup.html?tab=<id>`.
 *
 * Why: the popup normally asks for the active tab of its window. End-to-end tests cannot
 * click the toolbar button, so they open `popup.html` as a tab of its own, which makes
 * the popup itself the active tab; they pass the id of the page under test instead.
 * Nothing else sets it, and it gives the popup no access it does not already have.
 */
export function tabOverride(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,10}$/u.test(value)) return undefined;
  return Number(value);
}
