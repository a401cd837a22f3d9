import type { Entity, EntityKind, Lang, TimelineEvent } from '../schema';
import type { DatasetIndex } from './lookup';
import { yearOf } from './date-order';
import { timelineOrder } from './timeline';

/** What the reader narrowed the timeline to; every field is optional. */
export interface TimelineFilter {
  /** Only events involving this entity. */
  entity?: string;
  /** Only events involving at least one entity of this kind (a court, a company…). */
  kind?: EntityKind;
  /** Full-text query; see `createEventSearch`. */
  query?: string;
}

export function isFiltered(filter: TimelineFilter): boolean {
  return Boolean(filter.entity || filter.kind || filter.query?.trim());
}

/**
 * The events that pass every part of the filter, oldest first. `matches` is the full-text
 * predicate for the filter's query (from `createEventSearch`), left out when there is none.
 */
export function filterTimeline(
  events: readonly TimelineEvent[],
  filter: TimelineFilter,
  index: DatasetIndex,
  matches?: (event: TimelineEvent) => boolean,
): TimelineEvent[] {
  const query = filter.query?.trim();
  return timelineOrder(events).filter(
    (event) =>
      (!filter.entity || event.entities.includes(filter.entity)) &&
      (!filter.kind || event.entities.some((id) => index.entity(id)?.kind === filter.kind)) &&
      (!query || !matches || matches(event)),
  );
}

/** The years that have at least one event, oldest first. */
export function yearsOf(events: readonly TimelineEvent[]): number[] {
  return [...new Set(events.map((event) => yearOf(event.date)))].sort((a, b) => a - b);
}

export interface EntityTally {
  entity: Entity;
  /** How many of the events involve it. */
  events: number;
}

/** The entities the events involve, with how many events each, sorted by name. */
export function entitiesInEvents(events: readonly TimelineEvent[], index: DatasetIndex, lang: Lang): EntityTally[] {
  const tallies = new Map<string, EntityTally>();
  for (const event of events) {
    for (const id of new Set(event.entities)) {
      const entity = index.entity(id);
      if (!entity) continue;
      const tally = tallies.get(id) ?? { entity, events: 0 };
      tally.events++;
      tallies.set(id, tally);
    }
  }
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  return [...tallies.values()].sort((a, b) => collator.compare(a.entity.name[lang], b.entity.name[lang]));
}

/** The kinds of the entities the events involve, in the schema's order of first use. */
export function kindsInEvents(events: readonly TimelineEvent[], index: DatasetIndex): EntityKind[] {
  const kinds = new Set<EntityKind>();
  for (const event of events) {
    for (const id of event.entities) {
      const kind = index.entity(id)?.kind;
      if (kind) kinds.add(kind);
    }
  }
  return [...kinds];
}
