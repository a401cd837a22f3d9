import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../settings/validate';
import { DEFAULT_SETTINGS } from '../../../settings/schema';
import { migrate } from '../../../settings/migrate';

describe('readSettings', () => {
  it('gives the defaults on a first run, without a notice', () => {
    expect(readSettings(undefined)).toEqual({ settings: { ...DEFAULT_SETTINGS }, problems: [] });
  });

  it('keeps valid settings as they are', () => {
    const stored = {
      version: 1,
      enabled: false,
      disabledSites: ['example.org'],
      mode: 'first',
      language: 'fr',
      style: 'underline',
    };
    expect(readSettings(stored)).toEqual({ settings: stored, problems: [] });
  });

  it('resets only the corrupted field, reports it, and keeps everything else the user set', () => {
    const stored = {
      version: 1,
      enabled: false,
      disabledSites: ['example.org', 42],
      mode: 'sometimes',
      language: 'fr',
    };
    const { settings, problems } = readSettings(stored);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, language: 'fr' });
    expect(problems).toEqual([
      { setting: 'disabledSites', reason: 'invalid' },
      { setting: 'mode', reason: 'invalid' },
    ]);
  });

  it('falls back to the defaults, with a notice, for a value that is not settings at all', () => {
    for (const garbage of ['{"enabled":tru', 42, null, [1, 2]]) {
      expect(readSettings(garbage)).toEqual({
        settings: { ...DEFAULT_SETTINGS },
        problems: [{ setting: '*', reason: 'invalid' }],
      });
    }
  });

  it('does not guess at settings from an unknown (newer) version', () => {
    expect(readSettings({ version: 9, enabled: false }).problems).toEqual([
      { setting: '*', reason: 'unknown-version' },
    ]);
  });

  it('migrates the unversioned settings of early builds', () => {
    expect(migrate({ on: false, firstOnly: true, blocked: ['a.example'] })).toEqual({
      version: 1,
      enabled: false,
      mode: 'first',
      disabledSites: ['a.example'],
    });
    expect(readSettings({ on: true, firstOnly: false }).settings).toEqual({ ...DEFAULT_SETTINGS, mode: 'every' });
  });
});
