import type { Dataset } from '../../data/schema';
import type { DatasetIndex } from '../../data/queries/lookup';
import type { SettingsState } from '../../components/settings/use-settings';
import type { PopupServices } from './services';
import type { TabId } from './route';
import type { Desk } from './use-desk';
import type { PageState } from './use-page';
import { OnThisPage } from './views/OnThisPage';
import { TimelineView } from './views/TimelineView';
import { EntitiesView } from './views/EntitiesView';
import { SourcesView } from './views/SourcesView';

interface DeskPanelProps {
  tab: TabId;
  desk: Desk;
  dataset: Dataset;
  index: DatasetIndex;
  page: PageState;
  store: SettingsState;
  services: PopupServices;
}

/** The content of the selected section, wired to the desk's navigation. */
export function DeskPanel({ tab, desk, dataset, index, page, store, services }: DeskPanelProps) {
  switch (tab) {
    case 'page':
      return (
        <OnThisPage
          page={page}
          settings={store.settings}
          index={index}
          onScrollTo={services.scrollTo}
          onOpenCard={(id) => desk.openCard(id, 'page')}
          onChangeSettings={store.update}
        />
      );
    case 'timeline':
      return (
        <TimelineView
          dataset={dataset}
          index={index}
          filter={desk.filter}
          onFilter={desk.setFilter}
          services={services}
        />
      );
    case 'entities':
      return (
        <EntitiesView
          dataset={dataset}
          index={index}
          entityId={desk.entity}
          onOpen={(id) => desk.openCard(id)}
          onShowEntity={desk.showEntity}
          onClose={desk.closeCard}
          onOpenTimeline={desk.showTimeline}
          onCopy={services.copy}
        />
      );
    case 'sources':
      return <SourcesView dataset={dataset} index={index} sourceId={desk.source} onOpen={desk.openSource} />;
  }
}
