import { SETTINGS_VERSION } from './schema';

/**
 * One step per schema version: `STEPS[n]` turns what version n stored into version n + 1.
 * Version 0 is what early builds stored without a version number:
 * `{ on: boolean, firstOnly: boolean, blocked: string[] }`.
 */
const STEPS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => ({
    version: 1,
    enabled: old.on,
    mode: old.firstOnly === true ? 'first' : old.firstOnly === false ? 'every' : undefined,
    disabledSites: old.blocked,
  }),
};

/**
 * Brings stored settings up to the current version, or returns null when they come from
 * a version this build does not know (a newer build, or garbage in the version field).
 */
export function migrate(stored: Record<string, unknown>): Record<string, unknown> | null {
  let version = stored.version === undefined ? 0 : stored.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0 || version > SETTINGS_VERSION) {
    return null;
  }
  let current = stored;
  while (version < SETTINGS_VERSION) {
    const step = STEPS[version];
    if (!step) return null;
    current = step(current);
    version++;
  }
  return current;
}
