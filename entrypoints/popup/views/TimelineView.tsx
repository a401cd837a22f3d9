import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Citation, Dataset, TimelineEvent } from '../../../data/schema';
import type { DatasetIndex } from '../../../data/queries/lookup';
import { filterTimeline, isFiltered, yearsOf, type TimelineFilter } from '../../../data/queries/filter';
import { createEventSearch } from '../../../data/queries/search';
import { useLocale } from '../../../components/i18n/context';
import { useDeskMessages } from '../../../components/i18n/desk-messages';
import { Timeline } from '../../../components/timeline/Timeline';
import { EventActionsContext } from '../../../components/timeline/event-actions';
import { SourceViewer } from '../../../components/source/SourceViewer';
import { CopyEventButton } from '../../../components/export/CopyEventButton';
import { eventText } from '../../../components/export/event-text';
import { TimelineFilters } from './TimelineFilters';
import { YearJump } from './YearJump';
import { TimelineExport } from './TimelineExport';
import type { PopupServices } from '../services';

interface TimelineViewProps {
  dataset: Dataset;
  index: DatasetIndex;
  filter: TimelineFilter;
  onFilter: (filter: TimelineFilter) => void;
  services: Pick<PopupServices, 'copy' | 'download'>;
}

/** The foundation's timeline, searchable and filterable, with its exports. */
export function TimelineView({ dataset, index, filter, onFilter, services }: TimelineViewProps) {
  const { lang, messages } = useLocale();
  const desk = useDeskMessages();
  const resultsId = useId();
  const search = useMemo(() => createEventSearch(dataset.events, (id) => index.entity(id)), [dataset, index]);
  const events = useMemo(
    () => filterTimeline(dataset.events, filter, index, filter.query ? search(filter.query) : undefined),
    [dataset, index, search, filter],
  );
  const [open, setOpen] = useState<Citation | null>(null);
  // The reference that opened the quote gets focus back when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const source = open ? index.source(open.source) : undefined;
  const actions = useMemo(
    () => (event: TimelineEvent) => (
      <CopyEventButton title={event.title[lang]} onCopy={() => services.copy(eventText(event, index, lang))} />
    ),
    [index, lang, services],
  );
  const jump = (year: number) => {
    const heading = document.getElementById(`ecl-year-${year}`);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };

  return (
    <section class="ecl-view" data-view="timeline">
      <h1 class="ecl-view-title">{messages.timelineTitle}</h1>
      <p class="ecl-muted ecl-view-intro">{messages.timelineIntro(dataset.events.length, dataset.sources.length)}</p>
      <TimelineFilters
        events={dataset.events}
        index={index}
        filter={filter}
        onChange={onFilter}
        resultsId={resultsId}
      />
      <div class="ecl-results-bar">
        <p id={resultsId} class="ecl-results" role="status" data-shown={events.length}>
          {desk.resultCount(events.length, dataset.events.length)}
        </p>
        {isFiltered(filter) && (
          <button type="button" class="ecl-link-button" data-action="reset-filters" onClick={() => onFilter({})}>
            {desk.resetFilters}
          </button>
        )}
      </div>
      <TimelineExport events={events} filter={filter} index={index} services={services} />
      <YearJump years={yearsOf(events)} onJump={jump} />
      {events.length === 0 ? (
        <p class="ecl-empty ecl-empty-text">{desk.noEvents}</p>
      ) : (
        <EventActionsContext.Provider value={actions}>
          <Timeline
            events={events}
            entityOf={(id) => index.entity(id)}
            sourceOf={(id) => index.source(id)}
            onOpenCitation={(citation, element) => {
              opener.current = element;
              setOpen(citation);
            }}
          />
        </EventActionsContext.Provider>
      )}
      {open && source && (
        <div class="ecl-sheet">
          <SourceViewer
            source={source}
            citation={open}
            onClose={() => {
              setOpen(null);
              opener.current?.focus();
            }}
          />
        </div>
      )}
    </section>
  );
}
