import type { EventInput, TimelineEvent } from '../schema';
import type { CompileContext } from './context';
import type { SourceIndex } from './compile-sources';
import { cite } from './cite';
import { compileDate } from './compile-date';

export function compileEvent(
  input: EventInput,
  sources: ReadonlyMap<string, SourceIndex>,
  context: CompileContext,
): TimelineEvent {
  const item = `event "${input.id}"`;
  const date = compileDate(input.date, item, 'date', context);
  context.requireLocalized(item, 'title', input.title);
  context.requireLocalized(item, 'description', input.description);
  if (!input.citations?.length) context.report(item, 'citations', 'an event needs at least one citation');
  const event: TimelineEvent = {
    id: input.id,
    date: date.iso,
    precision: date.precision,
    inferred: date.inferred,
    approximate: date.approximate,
    title: input.title,
    description: input.description,
    entities: input.entities ?? [],
    citations: cite(input.citations, item, 'citations', sources, context),
  };
  if (date.reason) event.dateReason = date.reason;
  return event;
}
