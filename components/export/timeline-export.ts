import type { Lang, TimelineEvent } from '../../data/schema';
import type { DatasetIndex } from '../../data/queries/lookup';
import type { TimelineFilter } from '../../data/queries/filter';
import { groupByYear, timelineOrder } from '../../data/queries/timeline';
import { toCsv } from '../../data/queries/csv';
import { MESSAGES } from '../i18n/messages';
import { EXPORT_MESSAGES } from '../i18n/export-messages';
import { escapeMarkdown } from '../citation/describe-citation';
import { describeCitation } from '../citation/describe-citation';
import { eventDate, eventMarkdown, involvedNames } from './event-text';

/** A file the reader downloads. */
export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** What the timeline was narrowed to, in words, for the top of an export; null when nothing was. */
export function filterDescription(filter: TimelineFilter, index: DatasetIndex, lang: Lang): string | null {
  const messages = EXPORT_MESSAGES[lang];
  const parts: string[] = [];
  const entity = filter.entity ? index.entity(filter.entity) : undefined;
  if (entity) parts.push(messages.filterEntity(entity.name[lang]));
  if (filter.kind) parts.push(messages.filterKind(MESSAGES[lang].entityKinds[filter.kind]));
  if (filter.query?.trim()) parts.push(messages.filterQuery(filter.query.trim()));
  return parts.length > 0 ? messages.filteredBy(parts) : null;
}

/**
 * The events shown, as a Markdown document for research notes: a title, what the
 * timeline was filtered on, then one section per year, each event with its sources.
 */
export function timelineMarkdown(
  events: readonly TimelineEvent[],
  filter: TimelineFilter,
  index: DatasetIndex,
  lang: Lang,
): string {
  const messages = EXPORT_MESSAGES[lang];
  const filtered = filterDescription(filter, index, lang);
  const intro = [filtered, `${messages.eventCount(events.length)}.`, messages.exportedFrom].filter(Boolean);
  const blocks = [`# ${escapeMarkdown(MESSAGES[lang].timelineTitle)}`, escapeMarkdown(intro.join(' '))];
  for (const group of groupByYear(events)) {
    blocks.push(`## ${group.year}`);
    for (const event of group.events) blocks.push(eventMarkdown(event, index, lang));
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The events shown, one CSV row each, oldest first. Dates are given twice: ISO with their
 * precision (to sort and compute on) and as the interface shows them ("about 2020").
 * Every row carries its sources in one cell, one numbered line per citation: quote,
 * document, date.
 */
export function timelineCsv(events: readonly TimelineEvent[], index: DatasetIndex, lang: Lang): string {
  const { csvHeaders: h, precision } = EXPORT_MESSAGES[lang];
  const header = [h.id, h.date, h.precision, h.dateShown, h.dateReason, h.title, h.description, h.entities, h.sources];
  const rows = timelineOrder(events).map((event) => [
    event.id,
    event.date,
    precision[event.precision],
    eventDate(event, lang),
    event.dateReason?.[lang] ?? '',
    event.title[lang],
    event.description[lang],
    involvedNames(event, index, lang).join('; '),
    event.citations
      .map((citation, i) => `[${i + 1}] ${describeCitation(citation, index.source(citation.source), lang, false)}`)
      .join('\n'),
  ]);
  return toCsv([header, ...rows]);
}

/** The file name of an export: `eclairage-timeline[-<entity>].<ext>`. */
export function exportFileName(filter: TimelineFilter, extension: 'md' | 'csv'): string {
  return `eclairage-timeline${filter.entity ? `-${filter.entity}` : ''}.${extension}`;
}
