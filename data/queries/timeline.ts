import type { TimelineEvent } from '../schema';
import { compareDates, yearOf } from './date-order';

/** Events oldest first; events of equal dates keep their catalogue order. */
export function timelineOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareDates);
}

export interface YearGroup {
  year: number;
  events: TimelineEvent[];
}

/** Events oldest first, grouped by year, for a timeline that readers can skim. */
export function groupByYear(events: readonly TimelineEvent[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const event of timelineOrder(events)) {
    const year = yearOf(event.date);
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}
