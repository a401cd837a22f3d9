import { useEffect, useMemo } from 'preact/hooks';
import type { Dataset, Lang } from '../../data/schema';
import type { Settings } from '../../settings/schema';
import type { SettingsProblem } from '../../settings/validate';
import { DatasetIndex } from '../../data/queries/lookup';
import { LocaleContext, localeFor } from '../../components/i18n/context';
import { DESK_MESSAGES } from '../../components/i18n/desk-messages';
import { formatNumber } from '../../components/i18n/format-number';
import { useSettings } from '../../components/settings/use-settings';
import { SettingsNotice } from '../../components/settings/SettingsNotice';
import { highlightsOn } from '../../components/settings/site-toggle';
import type { PopupServices } from './services';
import type { Route, TabId } from './route';
import { usePage, type PageState } from './use-page';
import { useDesk } from './use-desk';
import { PopupHeader } from './PopupHeader';
import { Tabs, type TabSpec } from './Tabs';
import { DeskPanel } from './DeskPanel';

interface PopupAppProps {
  dataset: Dataset;
  services: PopupServices;
  initial: { settings: Settings; problems: readonly SettingsProblem[] };
  /** The browser's interface language, which `language: 'auto'` follows. */
  browserLang: Lang;
  route: Route;
}

/**
 * The reader's and the journalist's desk: what the active page mentions, the searchable
 * timeline with its exports, the index of entities, the sources; quick settings on top.
 */
export function PopupApp({ dataset, services, initial, browserLang, route }: PopupAppProps) {
  const index = useMemo(() => new DatasetIndex(dataset), [dataset]);
  const store = useSettings(services, initial);
  const lang = store.settings.language === 'auto' ? browserLang : store.settings.language;
  const locale = useMemo(() => localeFor(lang), [lang]);
  const { page, answered } = usePage(services);
  const desk = useDesk(route);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // Without a route, the popup opens on the page when there is something to say about it.
  useEffect(() => {
    if (desk.tab === null && answered) desk.select(defaultTab(page, store.settings));
  }, [answered, page, desk, store.settings]);

  const messages = DESK_MESSAGES[lang];
  const found = page.status === 'ready' ? Object.values(page.counts).filter((count) => count > 0).length : 0;
  const tabs: TabSpec<TabId>[] = [
    {
      id: 'page',
      label: messages.tabs.page,
      badge: found > 0 ? { text: formatNumber(found, lang), label: messages.tabCount(found) } : undefined,
    },
    { id: 'timeline', label: messages.tabs.timeline },
    { id: 'entities', label: messages.tabs.entities },
    { id: 'sources', label: messages.tabs.sources },
  ];

  return (
    <LocaleContext.Provider value={locale}>
      <div class="ecl-popup">
        <PopupHeader store={store} page={page} onOpenOptions={services.openOptions} />
        <SettingsNotice problems={store.problems} onDismiss={store.dismiss} />
        <Tabs label={messages.tabsLabel} tabs={tabs} selected={desk.tab} onSelect={desk.select}>
          {desk.tab && (
            <DeskPanel
              tab={desk.tab}
              desk={desk}
              dataset={dataset}
              index={index}
              page={page}
              store={store}
              services={services}
            />
          )}
        </Tabs>
      </div>
    </LocaleContext.Provider>
  );
}

function defaultTab(page: PageState, settings: Settings): TabId {
  if (page.status !== 'ready') return 'timeline';
  const found = Object.values(page.counts).some((count) => count > 0);
  return found || !highlightsOn(settings, page.host) ? 'page' : 'timeline';
}
