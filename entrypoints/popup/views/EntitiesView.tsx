import { useId, useMemo, useState } from 'preact/hooks';
import type { Dataset } from '../../../data/schema';
import type { DatasetIndex } from '../../../data/queries/lookup';
import { createEntitySearch } from '../../../data/queries/search';
import { useLocale } from '../../../components/i18n/context';
import { useDeskMessages } from '../../../components/i18n/desk-messages';
import { SearchField } from '../../../components/search/SearchField';
import { EntityList } from '../../../components/entities/EntityList';
import { CardPanel } from './CardPanel';

interface EntitiesViewProps {
  dataset: Dataset;
  index: DatasetIndex;
  /** The entity whose card is open, or null for the index. */
  entityId: string | null;
  onOpen: (entityId: string) => void;
  /** A related entity was chosen in the open card. */
  onShowEntity: (entityId: string) => void;
  onClose: () => void;
  onOpenTimeline: (entityId: string) => void;
  onCopy: (text: string) => Promise<void>;
}

/**
 * The journalist's index: every entity of the dataset, searchable by any of its names,
 * each opening the card a page shows. The query survives a visit to a card.
 */
export function EntitiesView(props: EntitiesViewProps) {
  const { dataset, index, entityId, onOpen, onShowEntity, onClose, onOpenTimeline, onCopy } = props;
  const { lang } = useLocale();
  const desk = useDeskMessages();
  const resultsId = useId();
  const [query, setQuery] = useState('');
  const search = useMemo(() => createEntitySearch(dataset.entities), [dataset]);
  const hits = useMemo(() => search(query, lang), [search, query, lang]);
  const entity = entityId ? index.entity(entityId) : undefined;

  if (entity) {
    return (
      <CardPanel
        entity={entity}
        index={index}
        onShowEntity={onShowEntity}
        onClose={onClose}
        onOpenTimeline={onOpenTimeline}
        onCopy={onCopy}
      />
    );
  }
  return (
    <section class="ecl-view" data-view="entities">
      <h1 class="ecl-view-title">{desk.entitiesTitle}</h1>
      <p class="ecl-muted ecl-view-intro">{desk.entitiesIntro(dataset.entities.length)}</p>
      <SearchField
        label={desk.entitySearchLabel}
        placeholder={desk.entitySearchPlaceholder}
        clearLabel={desk.clearSearch}
        value={query}
        resultsId={resultsId}
        onInput={setQuery}
      />
      <p id={resultsId} class="ecl-results" role="status" data-shown={hits.length}>
        {hits.length === 0 ? desk.noEntities : desk.entityResults(hits.length)}
      </p>
      <EntityList hits={hits} onOpen={onOpen} />
    </section>
  );
}
