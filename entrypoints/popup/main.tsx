import { render } from 'preact';
import { browser } from 'wxt/browser';
import { dataset } from '../../data/dataset';
import { langFromTag, localeFor } from '../../components/i18n/context';
import { PopupApp } from './PopupApp';
import '../../components/styles/base.css';
import './popup.css';

const locale = localeFor(langFromTag(browser.i18n.getUILanguage()));
document.documentElement.lang = locale.lang;
render(<PopupApp dataset={dataset} locale={locale} />, document.getElementById('app') as HTMLElement);
