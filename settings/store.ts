import { browser } from 'wxt/browser';
import type { Settings } from './schema';
import { readSettings, type SettingsProblem } from './validate';

/**
 * Settings live in `storage.local`, never `storage.sync`: syncing would send them to the
 * browser vendor's servers, and Éclairage sends nothing anywhere.
 */
const SETTINGS_KEY = 'settings';
/** Problems found when the stored settings were last read, kept until the user sees them. */
const NOTICE_KEY = 'settingsNotice';

export async function loadSettings(): Promise<{ settings: Settings; problems: SettingsProblem[] }> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, NOTICE_KEY]);
  const { settings, problems } = readSettings(stored[SETTINGS_KEY]);
  if (problems.length > 0) {
    // Repair the stored value (what the user set stays) and keep the notice for the interface.
    await browser.storage.local.set({ [SETTINGS_KEY]: settings, [NOTICE_KEY]: problems });
  }
  const pending = Array.isArray(stored[NOTICE_KEY]) ? (stored[NOTICE_KEY] as SettingsProblem[]) : [];
  return { settings, problems: problems.length > 0 ? problems : pending };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Changes some settings, keeping the others as stored. */
export async function updateSettings(change: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = { ...settings, ...change };
  await saveSettings(next);
  return next;
}

export async function dismissSettingsNotice(): Promise<void> {
  await browser.storage.local.remove(NOTICE_KEY);
}

/** Calls `listener` with the new settings whenever any part of the extension changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(readSettings(changes[SETTINGS_KEY]?.newValue).settings);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

/** Whether Éclairage runs on a page of this host. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host.toLowerCase());
}
