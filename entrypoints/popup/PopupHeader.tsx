import type { SettingsState } from '../../components/settings/use-settings';
import { useLocale } from '../../components/i18n/context';
import { useSettingsMessages } from '../../components/i18n/settings-messages';
import { QuickToggles } from './QuickToggles';
import type { PageState } from './use-page';

interface PopupHeaderProps {
  store: SettingsState;
  page: PageState;
  onOpenOptions: () => void;
}

/** The name, the way to every setting, and the quick toggles. */
export function PopupHeader({ store, page, onOpenOptions }: PopupHeaderProps) {
  const { messages } = useLocale();
  const settings = useSettingsMessages();
  return (
    <header class="ecl-popup-header">
      <div class="ecl-brand-row">
        <p class="ecl-brand">
          <span class="ecl-brand-mark" aria-hidden="true" />
          {messages.appName}
        </p>
        <button type="button" class="ecl-link-button" data-action="open-options" onClick={onOpenOptions}>
          {settings.allSettings}
        </button>
      </div>
      <QuickToggles store={store} page={page} />
    </header>
  );
}
