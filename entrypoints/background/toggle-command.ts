import { browser } from 'wxt/browser';
import { loadSettings, updateSettings } from '../../settings/store';
import { isStorableHost, togglePage } from '../../components/settings/site-toggle';
import { parsePageInfo, type PageQuery } from '../../messaging/protocol';

/** The command's name in the manifest (`commands` in `wxt.config.ts`). */
export const TOGGLE_COMMAND = 'toggle-site';

/**
 * Turns the highlights of a tab's page off, or back on, by changing the settings of its
 * site (see `togglePage`); the content script applies the change at once. The site comes
 * from the content script, since without the `tabs` permission the background cannot read
 * a tab's URL; a tab without one (a browser page, the store) is left alone.
 * @returns whether the settings changed
 */
export async function togglePageOfTab(tabId: number | undefined): Promise<boolean> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return false;
  let host: string | undefined;
  try {
    const query: PageQuery = { type: 'eclairage:get-page' };
    host = parsePageInfo(await browser.tabs.sendMessage(id, query))?.host;
  } catch {
    return false;
  }
  if (host === undefined || !isStorableHost(host)) return false;
  const { settings } = await loadSettings();
  await updateSettings(togglePage(settings, host));
  return true;
}

/** Listens for the keyboard command. Call once, at the top of the background script. */
export function registerToggleCommand(): void {
  browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
    if (command === TOGGLE_COMMAND) void togglePageOfTab(tab?.id);
  });
}
