import type { Lang } from '../../data/schema';
import type { HighlightMode, HighlightStyle, SettingName } from '../../settings/schema';
import { useLocale } from './context';

/** The strings of the settings: the popup's quick toggles, the options page, the notice. */
export interface SettingsMessages {
  quickSettings: string;
  enabledShort: string;
  enabledLong: string;
  siteShort: string;
  siteLong: (host: string) => string;
  siteUnavailable: string;
  siteOffEverywhere: string;
  mode: string;
  modes: Record<HighlightMode, string>;
  style: string;
  styles: Record<HighlightStyle, string>;
  language: string;
  /** "Automatic (English)": what `auto` gives in this browser. */
  languageAuto: (current: string) => string;
  allSettings: string;

  noticeTitle: string;
  noticeFields: (names: string) => string;
  noticeAll: string;
  noticeNewer: string;
  dismiss: string;
  settingNames: Record<SettingName, string>;

  optionsTitle: string;
  optionsIntro: string;
  generalHeading: string;
  appearanceHeading: string;
  stylePreview: string;
  /** A name as the highlight style shows it, in the preview. */
  stylePreviewSample: string;
  sitesHeading: string;
  sitesIntro: string;
  noSites: string;
  addSiteLabel: string;
  addSitePlaceholder: string;
  addSite: string;
  removeSite: (host: string) => string;
  invalidHost: string;
  siteAdded: (host: string) => string;
  siteRemoved: (host: string) => string;
  shortcutHeading: string;
  shortcutText: (keys: string) => string;
  shortcutUnset: string;
  saved: string;
}

const fr: SettingsMessages = {
  quickSettings: 'Réglages rapides',
  enabledShort: 'Partout',
  enabledLong: 'Surligner les mentions sur les pages web',
  siteShort: 'Ce site',
  siteLong: (host) => `Surligner sur ${host}`,
  siteUnavailable: 'aucun site',
  siteOffEverywhere: 'désactivé partout',
  mode: 'Mentions',
  modes: { every: 'Toutes', first: 'La première' },
  style: 'Style du surlignage',
  styles: { tint: 'Fond coloré et soulignement', underline: 'Soulignement seul' },
  language: 'Langue de l’interface',
  languageAuto: (current) => `Automatique (${current})`,
  allSettings: 'Tous les réglages',

  noticeTitle: 'Des réglages ont été réinitialisés',
  noticeFields: (names) =>
    `Ces réglages étaient illisibles et reprennent leur valeur par défaut : ${names}. Tous vos autres réglages sont conservés.`,
  noticeAll: 'Vos réglages enregistrés étaient illisibles : les réglages par défaut sont rétablis.',
  noticeNewer: 'Vos réglages viennent d’une version plus récente d’Éclairage : les réglages par défaut sont utilisés.',
  dismiss: 'J’ai compris',
  settingNames: {
    enabled: 'activation',
    disabledSites: 'sites désactivés',
    mode: 'mentions surlignées',
    language: 'langue',
    style: 'style du surlignage',
  },

  optionsTitle: 'Réglages d’Éclairage',
  optionsIntro: 'Les réglages restent dans ce navigateur et s’appliquent aux onglets ouverts sans les recharger.',
  generalHeading: 'Surlignage',
  appearanceHeading: 'Apparence et langue',
  stylePreview: 'Aperçu :',
  stylePreviewSample: 'Health Data Hub',
  sitesHeading: 'Sites désactivés',
  sitesIntro: 'Éclairage ne surligne rien sur ces sites.',
  noSites: 'Aucun site désactivé.',
  addSiteLabel: 'Site à désactiver',
  addSitePlaceholder: 'www.exemple.fr',
  addSite: 'Ajouter',
  removeSite: (host) => `Réactiver ${host}`,
  invalidHost: 'Saisissez un nom de site, comme www.exemple.fr.',
  siteAdded: (host) => `${host} est désactivé.`,
  siteRemoved: (host) => `${host} est réactivé.`,
  shortcutHeading: 'Raccourci clavier',
  shortcutText: (keys) => `${keys} active ou désactive le surlignage sur la page en cours.`,
  shortcutUnset: 'Aucun raccourci n’est attribué : choisissez-en un dans les raccourcis d’extensions du navigateur.',
  saved: 'Enregistré',
};

const en: SettingsMessages = {
  quickSettings: 'Quick settings',
  enabledShort: 'Everywhere',
  enabledLong: 'Highlight mentions on web pages',
  siteShort: 'This site',
  siteLong: (host) => `Highlight on ${host}`,
  siteUnavailable: 'no site',
  siteOffEverywhere: 'off everywhere',
  mode: 'Mentions',
  modes: { every: 'Every one', first: 'The first' },
  style: 'Highlight style',
  styles: { tint: 'Tint and underline', underline: 'Underline only' },
  language: 'Interface language',
  languageAuto: (current) => `Automatic (${current})`,
  allSettings: 'All settings',

  noticeTitle: 'Some settings were reset',
  noticeFields: (names) =>
    `These settings could not be read and are back to their defaults: ${names}. Everything else you set is kept.`,
  noticeAll: 'Your stored settings could not be read: the defaults are back.',
  noticeNewer: 'Your settings come from a newer version of Éclairage: the defaults are in use.',
  dismiss: 'Got it',
  settingNames: {
    enabled: 'on/off',
    disabledSites: 'sites turned off',
    mode: 'mentions highlighted',
    language: 'language',
    style: 'highlight style',
  },

  optionsTitle: 'Éclairage settings',
  optionsIntro: 'Settings stay in this browser and apply to open tabs without reloading them.',
  generalHeading: 'Highlights',
  appearanceHeading: 'Look and language',
  stylePreview: 'Preview:',
  stylePreviewSample: 'Health Data Hub',
  sitesHeading: 'Sites turned off',
  sitesIntro: 'Éclairage highlights nothing on these sites.',
  noSites: 'No site is turned off.',
  addSiteLabel: 'Site to turn off',
  addSitePlaceholder: 'www.example.com',
  addSite: 'Add',
  removeSite: (host) => `Turn ${host} back on`,
  invalidHost: 'Enter a site name, such as www.example.com.',
  siteAdded: (host) => `${host} is turned off.`,
  siteRemoved: (host) => `${host} is back on.`,
  shortcutHeading: 'Keyboard shortcut',
  shortcutText: (keys) => `${keys} turns the highlights on the current page on or off.`,
  shortcutUnset: 'No shortcut is set: pick one in the browser’s extension shortcuts.',
  saved: 'Saved',
};

export const SETTINGS_MESSAGES: Record<Lang, SettingsMessages> = { fr, en };

/** Language names are written in their own language, so a reader finds theirs. */
export const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English' };

export function useSettingsMessages(): SettingsMessages {
  return SETTINGS_MESSAGES[useLocale().lang];
}
