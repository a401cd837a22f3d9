import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../settings/schema';
import { readSettings } from '../../../settings/validate';
import {
  highlightsOn,
  isStorableHost,
  normalizeHost,
  setSite,
  siteIsOn,
  togglePage,
} from '../../../components/settings/site-toggle';

const settings = (change: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, disabledSites: [], ...change });

describe('site settings', () => {
  it('reads a host from what a reader types, or refuses it', () => {
    expect(normalizeHost('www.Example.org')).toBe('www.example.org');
    expect(normalizeHost('  https://www.lemonde.fr/sante/article.html?x=1 ')).toBe('www.lemonde.fr');
    expect(normalizeHost('localhost:8080')).toBe('localhost');
    expect(normalizeHost('exemple.fr.')).toBe('exemple.fr');
    expect(normalizeHost('')).toBeNull();
    expect(normalizeHost('not a site!')).toBeNull();
    expect(normalizeHost('http://[::1]/')).toBeNull();
  });

  it('stores only hosts the settings validator keeps', () => {
    for (const host of ['example.org', 'xn--bcher-kva.example', '127.0.0.1']) {
      expect(isStorableHost(host)).toBe(true);
      expect(readSettings({ ...settings(), disabledSites: [host] }).problems).toEqual([]);
    }
    expect(isStorableHost('[::1]')).toBe(false);
  });

  it('turns a site off and on, keeping the rest of the list', () => {
    const start = settings({ disabledSites: ['a.org', 'b.org'] });
    expect(setSite(start, 'C.org', false)).toEqual({ disabledSites: ['a.org', 'b.org', 'c.org'] });
    expect(setSite(start, 'a.org', true)).toEqual({ disabledSites: ['b.org'] });
    expect(setSite(start, 'a.org', false)).toEqual({ disabledSites: ['b.org', 'a.org'] });
    expect(siteIsOn(start, 'A.org')).toBe(false);
    expect(highlightsOn(settings({ enabled: false }), 'x.org')).toBe(false);
  });

  it('toggles the highlights of a page for the keyboard command', () => {
    expect(togglePage(settings(), 'x.org')).toEqual({ disabledSites: ['x.org'] });
    expect(togglePage(settings({ disabledSites: ['x.org', 'y.org'] }), 'x.org')).toEqual({
      disabledSites: ['y.org'],
      enabled: true,
    });
    // Off everywhere: the keystroke turns it back on, the other sites stay off.
    expect(togglePage(settings({ enabled: false, disabledSites: ['y.org'] }), 'x.org')).toEqual({
      disabledSites: ['y.org'],
      enabled: true,
    });
  });
});
