import type { Citation, Entity, Source, TimelineEvent } from '../../data/schema';
import { groupByYear } from '../../data/queries/timeline';
import { useLocale } from '../i18n/context';
import { EventItem } from './EventItem';

interface TimelineProps {
  events: readonly TimelineEvent[];
  entityOf: (id: string) => Entity | undefined;
  sourceOf: (id: string) => Source | undefined;
  onOpenCitation: (citation: Citation, opener: HTMLElement) => void;
}

/** The affair oldest first, one section per year. */
export function Timeline({ events, ...item }: TimelineProps) {
  const { messages } = useLocale();
  return (
    <div class="ecl-timeline">
      {groupByYear(events).map((group) => (
        <section class="ecl-year" key={group.year} aria-labelledby={`ecl-year-${group.year}`}>
          <h2 id={`ecl-year-${group.year}`} class="ecl-year-heading">
            {messages.yearHeading(group.year)}
          </h2>
          <ol class="ecl-events">
            {group.events.map((event) => (
              <EventItem key={event.id} event={event} {...item} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
