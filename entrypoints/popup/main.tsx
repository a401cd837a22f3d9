import { render } from 'preact';
import { browser } from 'wxt/browser';
import { dataset } from '../../data/dataset';
import { langFromTag } from '../../components/i18n/lang';
import { loadSettings } from '../../settings/store';
import { PopupApp } from './PopupApp';
import { createBrowserServices } from './browser-services';
import { parseRoute, tabOverride } from './route';
import '../../components/styles/base.css';
import '../../components/styles/card.css';
import '../../components/styles/desk.css';
import '../../components/styles/desk-forms.css';
import '../../components/styles/desk-choices.css';
import '../../components/styles/desk-lists.css';
import '../../components/styles/desk-sources.css';
import './popup.css';
import './views.css';
import './timeline.css';

async function main(): Promise<void> {
  const browserLang = langFromTag(browser.i18n.getUILanguage());
  document.documentElement.lang = browserLang;
  // The popup page also opens as a tab (the card's "timeline" link): it then uses the room.
  void browser.tabs.getCurrent().then((tab) => {
    if (tab) document.documentElement.dataset.layout = 'page';
  });
  const initial = await loadSettings();
  render(
    <PopupApp
      dataset={dataset}
      services={createBrowserServices(tabOverride(location.search))}
      initial={initial}
      browserLang={browserLang}
      route={parseRoute(location.hash)}
    />,
    document.getElementById('app') as HTMLElement,
  );
}

void main();
