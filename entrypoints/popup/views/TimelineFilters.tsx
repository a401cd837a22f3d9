import { useId } from 'preact/hooks';
import type { EntityKind, TimelineEvent } from '../../../data/schema';
import type { DatasetIndex } from '../../../data/queries/lookup';
import { entitiesInEvents, kindsInEvents, type TimelineFilter } from '../../../data/queries/filter';
import { useLocale } from '../../../components/i18n/context';
import { useDeskMessages } from '../../../components/i18n/desk-messages';
import { SearchField } from '../../../components/search/SearchField';

interface TimelineFiltersProps {
  /** Every event: the choices list what the whole timeline involves. */
  events: readonly TimelineEvent[];
  index: DatasetIndex;
  filter: TimelineFilter;
  onChange: (filter: TimelineFilter) => void;
  /** The id of the line that says how many events are shown. */
  resultsId: string;
}

/** Full-text search, then narrowing by entity and by kind of entity involved. */
export function TimelineFilters({ events, index, filter, onChange, resultsId }: TimelineFiltersProps) {
  const { lang, messages } = useLocale();
  const desk = useDeskMessages();
  const entityId = useId();
  const kindId = useId();
  const tallies = entitiesInEvents(events, index, lang);
  const chosen = filter.entity ? index.entity(filter.entity) : undefined;
  // An entity that no event involves can still arrive from a card's "timeline" link.
  if (chosen && !tallies.some((tally) => tally.entity.id === chosen.id)) tallies.unshift({ entity: chosen, events: 0 });
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const kinds = kindsInEvents(events, index).sort((a, b) =>
    collator.compare(messages.entityKinds[a], messages.entityKinds[b]),
  );
  return (
    <div class="ecl-filters">
      <SearchField
        label={desk.timelineSearchLabel}
        placeholder={desk.timelineSearchPlaceholder}
        clearLabel={desk.clearSearch}
        value={filter.query ?? ''}
        resultsId={resultsId}
        onInput={(query) => onChange({ ...filter, query })}
      />
      <div class="ecl-filter-selects">
        <label for={entityId} class="ecl-visually-hidden">
          {desk.filterEntity}
        </label>
        <select
          id={entityId}
          class="ecl-select"
          data-filter="entity"
          value={filter.entity ?? ''}
          onChange={(event) => onChange({ ...filter, entity: event.currentTarget.value || undefined })}
        >
          <option value="">{desk.allEntities}</option>
          {tallies.map(({ entity, events: count }) => (
            <option key={entity.id} value={entity.id}>
              {desk.entityOption(entity.name[lang], count)}
            </option>
          ))}
        </select>
        <label for={kindId} class="ecl-visually-hidden">
          {desk.filterKind}
        </label>
        <select
          id={kindId}
          class="ecl-select"
          data-filter="kind"
          value={filter.kind ?? ''}
          onChange={(event) => onChange({ ...filter, kind: (event.currentTarget.value || undefined) as EntityKind })}
        >
          <option value="">{desk.allKinds}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {messages.entityKinds[kind]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
