import { useEffect, useState } from 'preact/hooks';
import type { TimelineFilter } from '../../data/queries/filter';
import type { Route, TabId } from './route';

/** Where the popup is: the section shown, and what each section has open. */
export interface Desk {
  /** Null until the popup knows enough to pick the section it opens on. */
  tab: TabId | null;
  select: (tab: TabId) => void;
  filter: TimelineFilter;
  setFilter: (filter: TimelineFilter) => void;
  /** The entity whose card the index shows. */
  entity: string | null;
  /** Opens a card in the index; closing it goes back to `from`, focus on the entity's row. */
  openCard: (entityId: string, from?: TabId) => void;
  /** Shows another entity in the open card (a related one): closing still goes back to the first. */
  showEntity: (entityId: string) => void;
  closeCard: () => void;
  /** The timeline filtered on an entity: where the card's "timeline" link leads. */
  showTimeline: (entityId: string) => void;
  source: string | null;
  openSource: (sourceId: string | null) => void;
}

/**
 * The popup's navigation state, started from the URL's route. When something closes,
 * focus goes back to the control that opened it (by its `data-entity` / `data-source`),
 * once the section it is in has rendered again.
 */
export function useDesk(route: Route): Desk {
  const [tab, setTab] = useState<TabId | null>(route.tab ?? null);
  const [filter, setFilter] = useState<TimelineFilter>(() => {
    if (route.tab !== 'timeline') return {};
    const { entity, kind, query } = route;
    return { ...(entity && { entity }), ...(kind && { kind }), ...(query && { query }) };
  });
  const [entity, setEntity] = useState<string | null>(route.tab === 'entities' ? (route.entity ?? null) : null);
  const [cardFrom, setCardFrom] = useState<TabId>('entities');
  const [opener, setOpener] = useState<string | null>(entity);
  const [source, setSource] = useState<string | null>(route.tab === 'sources' ? (route.source ?? null) : null);
  const [refocus, setRefocus] = useState<string | null>(null);

  useEffect(() => {
    if (!refocus) return;
    // The panel itself when the control is gone (a search now hides its row).
    const panel = document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
    (panel?.querySelector<HTMLElement>(refocus) ?? panel)?.focus();
    setRefocus(null);
  }, [refocus, tab, entity, source]);

  return {
    tab,
    select: setTab,
    filter,
    setFilter,
    entity,
    openCard: (entityId, from = 'entities') => {
      setCardFrom(from);
      setOpener(entityId);
      setEntity(entityId);
      setTab('entities');
    },
    showEntity: setEntity,
    closeCard: () => {
      const back = opener ?? entity;
      if (back) setRefocus(`button[data-entity="${CSS.escape(back)}"]`);
      setOpener(null);
      setEntity(null);
      setTab(cardFrom);
      setCardFrom('entities');
    },
    showTimeline: (entityId) => {
      setFilter({ entity: entityId });
      setTab('timeline');
    },
    source,
    openSource: (sourceId) => {
      if (!sourceId && source) setRefocus(`[data-source="${CSS.escape(source)}"] button`);
      setSource(sourceId);
    },
  };
}
