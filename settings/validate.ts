import { DEFAULT_SETTINGS, SETTINGS_VERSION, type SettingName, type Settings } from './schema';
import { migrate } from './migrate';

/** What reading the stored settings found wrong, so the interface can say so. */
export interface SettingsProblem {
  /** A field reset to its default, or `'*'` when the whole stored value was unusable. */
  setting: SettingName | '*';
  reason: 'invalid' | 'unknown-version';
}

export interface ReadSettings {
  settings: Settings;
  problems: SettingsProblem[];
}

/** A host name as the browser gives it: lower-case letters, digits, dots, hyphens, a port. */
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/u;

const CHECKS: { [K in SettingName]: (value: unknown) => value is Settings[K] } = {
  enabled: (value): value is boolean => typeof value === 'boolean',
  disabledSites: (value): value is string[] =>
    Array.isArray(value) &&
    value.length <= 10_000 &&
    value.every((host) => typeof host === 'string' && HOST.test(host)),
  mode: (value): value is Settings['mode'] => value === 'every' || value === 'first',
  language: (value): value is Settings['language'] => value === 'auto' || value === 'fr' || value === 'en',
  style: (value): value is Settings['style'] => value === 'tint' || value === 'underline',
};

/**
 * Reads whatever storage holds into valid settings. Field by field: a corrupted value
 * falls back to its default and is reported, and every other field the user set is kept.
 * Nothing stored (a first run) is not a problem.
 */
export function readSettings(stored: unknown): ReadSettings {
  if (stored === undefined) return { settings: { ...DEFAULT_SETTINGS, disabledSites: [] }, problems: [] };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings: { ...DEFAULT_SETTINGS, disabledSites: [] }, problems: [{ setting: '*', reason: 'invalid' }] };
  }
  const migrated = migrate(stored as Record<string, unknown>);
  if (!migrated) {
    return {
      settings: { ...DEFAULT_SETTINGS, disabledSites: [] },
      problems: [{ setting: '*', reason: 'unknown-version' }],
    };
  }
  const settings: Settings = { ...DEFAULT_SETTINGS, disabledSites: [] };
  const problems: SettingsProblem[] = [];
  for (const name of Object.keys(CHECKS) as SettingName[]) {
    const value = migrated[name];
    if (value === undefined) continue;
    if (CHECKS[name](value)) (settings as unknown as Record<string, unknown>)[name] = value;
    else problems.push({ setting: name, reason: 'invalid' });
  }
  settings.version = SETTINGS_VERSION;
  return { settings, problems };
}
