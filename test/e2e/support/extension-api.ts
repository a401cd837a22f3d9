import type { ExtensionBrowser } from './browser';

/** The few `chrome.*` calls tests make from the extension's service worker. */
interface ChromeInWorker {
  tabs: {
    query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** What the content script of the focused tab reports, and the badge the background set. */
export async function activeTabReport(browser: ExtensionBrowser): Promise<{ counts: unknown; badge: string }> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('The extension has no running service worker');
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('No active tab');
    const counts = await api.tabs.sendMessage(tab.id, { type: 'eclairage:get-mentions' });
    return { counts, badge: await api.action.getBadgeText({ tabId: tab.id }) };
  });
}
