import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../settings/schema';
import type { SettingsProblem } from '../../settings/validate';

export type SettingsChange = Partial<Omit<Settings, 'version'>>;

/** Where settings are kept: `settings/store.ts` in the extension, a fake in tests. */
export interface SettingsStore {
  update: (change: SettingsChange) => Promise<unknown>;
  dismissNotice: () => Promise<void>;
  /** Calls the listener with the stored settings whenever any part of the extension changes them. */
  onChanged: (listener: (settings: Settings) => void) => () => void;
}

export interface SettingsState {
  settings: Settings;
  problems: readonly SettingsProblem[];
  update: (change: SettingsChange) => void;
  dismiss: () => void;
}

/**
 * The settings as a page of the extension shows them: changes show at once and are
 * stored behind; changes made elsewhere (the other page, the keyboard command) come in
 * through the store's change events, so the popup and the options page agree.
 */
export function useSettings(
  store: SettingsStore,
  initial: { settings: Settings; problems: readonly SettingsProblem[] },
): SettingsState {
  const [settings, setSettings] = useState(initial.settings);
  const [problems, setProblems] = useState(initial.problems);
  useEffect(() => store.onChanged(setSettings), [store]);
  return {
    settings,
    problems,
    update: (change) => {
      setSettings((current) => ({ ...current, ...change }));
      void store.update(change);
    },
    dismiss: () => {
      setProblems([]);
      void store.dismissNotice();
    },
  };
}
