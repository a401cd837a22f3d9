import { render } from 'preact';
import { browser } from 'wxt/browser';
import { langFromTag } from '../../components/i18n/lang';
import { dismissSettingsNotice, loadSettings, onSettingsChanged, updateSettings } from '../../settings/store';
import type { SettingsStore } from '../../components/settings/use-settings';
import { OptionsApp } from './OptionsApp';
import { TOGGLE_COMMAND } from '../background/toggle-command';
import '../../components/styles/base.css';
// The card's stylesheet holds the shared button style (`.ecl-button`) the page's controls use.
import '../../components/styles/card.css';
import '../../components/styles/desk.css';
import '../../components/styles/desk-forms.css';
import '../../components/styles/desk-choices.css';
import './options.css';

const store: SettingsStore = {
  update: updateSettings,
  dismissNotice: dismissSettingsNotice,
  onChanged: onSettingsChanged,
};

/**
 * The keyboard command's shortcut as the browser reports it: the reader may have changed
 * it, or the browser may have refused the suggested one (then it is `''`). Undefined when
 * the manifest declares no such command.
 */
async function toggleShortcut(): Promise<string | undefined> {
  const commands = await browser.commands.getAll().catch(() => []);
  const command = commands.find((candidate) => candidate.name === TOGGLE_COMMAND);
  return command ? (command.shortcut ?? '') : undefined;
}

async function main(): Promise<void> {
  const browserLang = langFromTag(browser.i18n.getUILanguage());
  const [initial, shortcut] = await Promise.all([loadSettings(), toggleShortcut()]);
  document.documentElement.lang = browserLang;
  render(
    <OptionsApp store={store} initial={initial} browserLang={browserLang} shortcut={shortcut} />,
    document.getElementById('app') as HTMLElement,
  );
}

void main();
