import { useEffect, useMemo } from 'preact/hooks';
import type { Lang } from '../../data/schema';
import type { HighlightMode, HighlightStyle, InterfaceLanguage, Settings } from '../../settings/schema';
import type { SettingsProblem } from '../../settings/validate';
import { LocaleContext, localeFor } from '../../components/i18n/context';
import { LANGUAGE_NAMES, SETTINGS_MESSAGES } from '../../components/i18n/settings-messages';
import { useSettings, type SettingsChange, type SettingsStore } from '../../components/settings/use-settings';
import { SettingsNotice } from '../../components/settings/SettingsNotice';
import { Switch } from '../../components/settings/Switch';
import { ChoiceGroup } from '../../components/settings/ChoiceGroup';
import { useStatus } from '../../components/export/use-status';
import { SitesEditor } from './SitesEditor';
import { ShortcutInfo } from './ShortcutInfo';

interface OptionsAppProps {
  store: SettingsStore;
  initial: { settings: Settings; problems: readonly SettingsProblem[] };
  browserLang: Lang;
  /** The keyboard command's shortcut (`''` when none is set); undefined when there is no command. */
  shortcut: string | undefined;
}

const MODES: HighlightMode[] = ['every', 'first'];
const STYLES: HighlightStyle[] = ['tint', 'underline'];

/** Every setting, on one page; each change is stored at once and reaches open tabs live. */
export function OptionsApp({ store, initial, browserLang, shortcut }: OptionsAppProps) {
  const state = useSettings(store, initial);
  const { settings } = state;
  const lang = settings.language === 'auto' ? browserLang : settings.language;
  const locale = useMemo(() => localeFor(lang), [lang]);
  const messages = SETTINGS_MESSAGES[lang];
  const [saved, showSaved] = useStatus();
  const update = (change: SettingsChange) => {
    state.update(change);
    showSaved(messages.saved);
  };
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = messages.optionsTitle;
  }, [lang, messages]);
  const languages: InterfaceLanguage[] = ['auto', 'fr', 'en'];

  return (
    <LocaleContext.Provider value={locale}>
      <main class="ecl-options">
        <h1>{messages.optionsTitle}</h1>
        <p class="ecl-muted">{messages.optionsIntro}</p>
        <SettingsNotice problems={state.problems} onDismiss={state.dismiss} />
        <section class="ecl-options-section" aria-labelledby="ecl-general">
          <h2 id="ecl-general">{messages.generalHeading}</h2>
          <Switch
            setting="enabled"
            label={messages.enabledLong}
            checked={settings.enabled}
            onChange={(enabled) => update({ enabled })}
          />
          <ChoiceGroup
            setting="mode"
            legend={messages.mode}
            value={settings.mode}
            choices={MODES.map((mode) => ({ value: mode, label: messages.modes[mode] }))}
            onChange={(mode) => update({ mode })}
          />
        </section>
        <section class="ecl-options-section" aria-labelledby="ecl-appearance">
          <h2 id="ecl-appearance">{messages.appearanceHeading}</h2>
          <ChoiceGroup
            setting="style"
            legend={messages.style}
            value={settings.style}
            choices={STYLES.map((style) => ({ value: style, label: messages.styles[style] }))}
            onChange={(style) => update({ style })}
          />
          <p class="ecl-style-preview" data-style={settings.style}>
            {messages.stylePreview} <span class="ecl-preview-mark">{messages.stylePreviewSample}</span>
          </p>
          <ChoiceGroup
            setting="language"
            legend={messages.language}
            value={settings.language}
            choices={languages.map((language) =>
              language === 'auto'
                ? { value: language, label: messages.languageAuto(LANGUAGE_NAMES[browserLang]) }
                : { value: language, label: LANGUAGE_NAMES[language], lang: language },
            )}
            onChange={(language) => update({ language })}
          />
        </section>
        <SitesEditor sites={settings.disabledSites} onChange={(disabledSites) => update({ disabledSites })} />
        {shortcut !== undefined && <ShortcutInfo shortcut={shortcut} />}
        <p class="ecl-status ecl-saved" role="status">
          {saved}
        </p>
      </main>
    </LocaleContext.Provider>
  );
}
