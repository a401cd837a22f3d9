import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './support/browser';

/** What the popup tests ask of the extension's service worker. */
interface ChromeInWorker {
  tabs: { query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
  storage: {
    local: {
      get(keys: string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
}

export function serviceWorker(browser: ExtensionBrowser): Worker {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('The extension has no running service worker');
  return worker;
}

/**
 * The id of `page`'s tab. The worker has no `tabs` permission, so it cannot find a tab
 * by URL: the page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return serviceWorker(browser).evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeInWorker }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('No active tab');
    return tab.id;
  });
}

/**
 * The popup, opened as a tab at a toolbar popup's size, reporting on the tab `tabId`
 * (`?tab=`, see `entrypoints/popup/route.ts`), on the section `hash` names.
 */
export async function openDesk(browser: ExtensionBrowser, tabId?: number, hash = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  const query = tabId === undefined ? '' : `?tab=${tabId}`;
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${query}${hash}`);
  await page.waitForSelector('[role="tabpanel"]:not([hidden]) .ecl-view, [role="tabpanel"]:not([hidden]) .ecl-card');
  return page;
}

/** The section the popup shows. */
export function selectedTab(page: Page): Promise<string | null> {
  return page.getAttribute('[role="tab"][aria-selected="true"]', 'data-tab');
}

export function readStorage(browser: ExtensionBrowser): Promise<Record<string, unknown>> {
  return serviceWorker(browser).evaluate(() =>
    (globalThis as unknown as { chrome: ChromeInWorker }).chrome.storage.local.get(null),
  );
}

export function writeStorage(browser: ExtensionBrowser, items: Record<string, unknown>): Promise<void> {
  return serviceWorker(browser).evaluate(
    (values) => (globalThis as unknown as { chrome: ChromeInWorker }).chrome.storage.local.set(values),
    items,
  );
}

/** The number of highlights on a page. */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('eclairage-mark').length);
}
