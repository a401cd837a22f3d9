import type { Citation, Entity, Source, TimelineEvent } from '../../data/schema';
import { useContext } from 'preact/hooks';
import { useLocale } from '../i18n/context';
import { EventActionsContext } from './event-actions';
import { formatDate } from '../i18n/format-date';
import { ReferenceList } from '../citation/ReferenceList';

interface EventItemProps {
  event: TimelineEvent;
  entityOf: (id: string) => Entity | undefined;
  sourceOf: (id: string) => Source | undefined;
  onOpenCitation: (citation: Citation, opener: HTMLElement) => void;
}

export function EventItem({ event, entityOf, sourceOf, onOpenCitation }: EventItemProps) {
  const { lang, messages } = useLocale();
  // Extra controls a host page adds to each event (the popup: "copy with sources").
  const actions = useContext(EventActionsContext);
  const date = formatDate({ iso: event.date, ...event }, lang);
  const involved = event.entities.map(entityOf).filter((entity): entity is Entity => entity !== undefined);
  return (
    <li class="ecl-event" data-event={event.id}>
      <p class="ecl-event-date">
        <time dateTime={event.date} title={event.dateReason?.[lang]}>
          {date}
        </time>
        {event.inferred && <span class="ecl-badge">{messages.inferredDate}</span>}
      </p>
      <h3 class="ecl-event-title">{event.title[lang]}</h3>
      <p class="ecl-event-description">
        {event.description[lang]}{' '}
        <ReferenceList citations={event.citations} sourceOf={sourceOf} onOpen={onOpenCitation} />
      </p>
      {event.inferred && event.dateReason && (
        <p class="ecl-inferred">
          {messages.inferredDate}
          {lang === 'fr' ? ' : ' : ': '}
          {event.dateReason[lang]}
        </p>
      )}
      {involved.length > 0 && (
        <p class="ecl-event-entities">
          <span class="ecl-visually-hidden">{messages.entitiesInvolved} : </span>
          {involved.map((entity) => (
            <span class="ecl-chip" key={entity.id} data-entity={entity.id}>
              {entity.name[lang]}
            </span>
          ))}
        </p>
      )}
      {actions && <div class="ecl-event-actions">{actions(event)}</div>}
    </li>
  );
}
