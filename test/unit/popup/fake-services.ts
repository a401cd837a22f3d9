import { vi } from 'vitest';
import type { PageProbe, PopupServices } from '../../../entrypoints/popup/services';
import type { Settings } from '../../../settings/schema';
import type { SettingsChange } from '../../../components/settings/use-settings';

/** Popup services that record calls, answer with `probe`, and let tests push changes in. */
export function fakeServices(probe: PageProbe) {
  let countsListener: ((counts: Record<string, number>) => void) | undefined;
  let settingsListener: ((settings: Settings) => void) | undefined;
  const services = {
    probePage: vi.fn(() => Promise.resolve(probe)),
    watchCounts: vi.fn((listener: (counts: Record<string, number>) => void) => {
      countsListener = listener;
      return () => {};
    }),
    scrollTo: vi.fn((_id: string) => Promise.resolve(true)),
    copy: vi.fn((_text: string) => Promise.resolve()),
    download: vi.fn(),
    openOptions: vi.fn(),
    update: vi.fn((_change: SettingsChange) => Promise.resolve()),
    dismissNotice: vi.fn(() => Promise.resolve()),
    onChanged: vi.fn((listener: (settings: Settings) => void) => {
      settingsListener = listener;
      return () => {};
    }),
  } satisfies PopupServices;
  return {
    services,
    pushCounts: (counts: Record<string, number>) => countsListener?.(counts),
    pushSettings: (settings: Settings) => settingsListener?.(settings),
  };
}
