/**
 * The user's settings, as stored. The stored object carries its schema version, so that a
 * later version can migrate what an earlier one wrote instead of throwing it away.
 */
export const SETTINGS_VERSION = 1;

export type HighlightMode = 'every' | 'first';
export type InterfaceLanguage = 'auto' | 'fr' | 'en';
export type HighlightStyle = 'tint' | 'underline';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Highlights on every site. @default true */
  enabled: boolean;
  /** Host names where Éclairage stays off, e.g. `www.example.org`. @default [] */
  disabledSites: string[];
  /**
   * Every mention, or the first mention of each entity. @default 'every' — a reader
   * hovers the name where they are reading, often far below its first mention.
   */
  mode: HighlightMode;
  /** Interface language; `auto` follows the browser. @default 'auto' */
  language: InterfaceLanguage;
  /** How a highlight looks: a tint with a dotted underline, or the underline alone. @default 'tint' */
  style: HighlightStyle;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  mode: 'every',
  language: 'auto',
  style: 'tint',
});

/** The field names, for notices that say which setting was reset. */
export type SettingName = Exclude<keyof Settings, 'version'>;
