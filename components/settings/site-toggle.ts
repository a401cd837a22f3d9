import type { Settings } from '../../settings/schema';

type Change = Partial<Omit<Settings, 'version'>>;

/**
 * The host names `settings/validate.ts` accepts in `disabledSites`. Storing any other
 * (an IPv6 literal such as `[::1]`) would make the whole list invalid on the next read and
 * reset it, so the interface offers no per-site switch for such a host.
 */
const STORABLE_HOST = /^[a-z0-9.-]+(:\d{1,5})?$/u;

export function isStorableHost(host: string): boolean {
  return STORABLE_HOST.test(host);
}

/**
 * What a reader types to name a site, as the host name the content script compares:
 * "https://www.Example.org/page" and "www.example.org" are both `www.example.org`.
 * Returns null for anything that is not a host name settings can store.
 */
export function normalizeHost(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//iu.test(text) ? text : `http://${text}`);
    const host = url.hostname.toLowerCase().replace(/\.$/u, '');
    return host !== '' && isStorableHost(host) ? host : null;
  } catch {
    return null;
  }
}

/** Whether the reader has left this site on (whatever the global switch says). */
export function siteIsOn(settings: Settings, host: string): boolean {
  return !settings.disabledSites.includes(host.toLowerCase());
}

/** Whether highlights show on a page of this host: on everywhere, and not turned off here. */
export function highlightsOn(settings: Settings, host: string): boolean {
  return settings.enabled && siteIsOn(settings, host);
}

/** The change that turns a site on or off, keeping the rest of the list in its order. */
export function setSite(settings: Settings, host: string, on: boolean): Change {
  const key = host.toLowerCase();
  const others = settings.disabledSites.filter((site) => site !== key);
  return { disabledSites: on ? others : [...others, key] };
}

/**
 * The change the keyboard command makes: the highlights on this page go off if they are
 * on, and on if they are off. "On" means on for the reader's eyes: when Éclairage is off
 * everywhere, the command turns it back on everywhere (keeping the list of sites turned
 * off), since a keystroke on a page that changed nothing visible would seem broken.
 */
export function togglePage(settings: Settings, host: string): Change {
  if (highlightsOn(settings, host)) return setSite(settings, host, false);
  return { ...setSite(settings, host, true), enabled: true };
}
