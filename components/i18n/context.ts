import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../data/schema';
import { MESSAGES, type Messages } from './messages';

export interface Locale {
  lang: Lang;
  messages: Messages;
}

export function localeFor(lang: Lang): Locale {
  return { lang, messages: MESSAGES[lang] };
}

/** The interface language of everything below it; English when nobody says otherwise. */
export const LocaleContext = createContext<Locale>(localeFor('en'));

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
