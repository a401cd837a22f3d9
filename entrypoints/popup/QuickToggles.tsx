import type { SettingsState } from '../../components/settings/use-settings';
import type { HighlightMode } from '../../settings/schema';
import { Switch } from '../../components/settings/Switch';
import { ChoiceGroup } from '../../components/settings/ChoiceGroup';
import { isStorableHost, setSite, siteIsOn } from '../../components/settings/site-toggle';
import { useSettingsMessages } from '../../components/i18n/settings-messages';
import type { PageState } from './use-page';

interface QuickTogglesProps {
  store: SettingsState;
  page: PageState;
}

/**
 * The settings a reader changes while reading: on or off everywhere, on or off for this
 * site, every mention or the first. The rest is in the options page. The site switch is
 * there only when the page has a site Éclairage can run on.
 */
export function QuickToggles({ store, page }: QuickTogglesProps) {
  const messages = useSettingsMessages();
  const { settings, update } = store;
  const host = page.status === 'ready' && isStorableHost(page.host) ? page.host : null;
  const modes: HighlightMode[] = ['every', 'first'];
  return (
    <div class="ecl-quick" role="group" aria-label={messages.quickSettings}>
      <Switch
        setting="enabled"
        label={messages.enabledShort}
        checked={settings.enabled}
        onChange={(enabled) => update({ enabled })}
      />
      <Switch
        setting="site"
        label={messages.siteShort}
        description={host ? (settings.enabled ? host : messages.siteOffEverywhere) : messages.siteUnavailable}
        checked={host !== null && settings.enabled && siteIsOn(settings, host)}
        disabled={host === null || !settings.enabled}
        onChange={(on) => host && update(setSite(settings, host, on))}
      />
      <ChoiceGroup
        compact
        setting="mode"
        legend={messages.mode}
        value={settings.mode}
        choices={modes.map((mode) => ({ value: mode, label: messages.modes[mode] }))}
        onChange={(mode) => update({ mode })}
      />
    </div>
  );
}
