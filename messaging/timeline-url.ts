import { browser } from 'wxt/browser';

/**
 * The extension page that shows the timeline filtered on an entity: the popup's page,
 * opened in a tab. The popup reads the hash (`#timeline?entity=<id>`).
 */
export function timelineUrl(entityId?: string): string {
  const hash = entityId ? `#timeline?entity=${encodeURIComponent(entityId)}` : '#timeline';
  return browser.runtime.getURL(`/popup.html${hash}`);
}
