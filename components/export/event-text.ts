import type { Lang, TimelineEvent } from '../../data/schema';
import type { DatasetIndex } from '../../data/queries/lookup';
import { MESSAGES } from '../i18n/messages';
import { EXPORT_MESSAGES } from '../i18n/export-messages';
import { formatDate } from '../i18n/format-date';
import { escapeMarkdown } from '../citation/describe-citation';
import { describeCitation } from '../citation/describe-citation';

/** The names of the entities an event involves, in the event's order; unknown ids left out. */
export function involvedNames(event: TimelineEvent, index: DatasetIndex, lang: Lang): string[] {
  return event.entities.flatMap((id) => {
    const entity = index.entity(id);
    return entity ? [entity.name[lang]] : [];
  });
}

export function eventDate(event: TimelineEvent, lang: Lang): string {
  return formatDate({ iso: event.date, ...event }, lang);
}

/**
 * One event with its sources, as Markdown: a heading with its date, the description, who
 * is involved, why the date is inferred when it is, and its numbered sources. The same
 * block makes the timeline export, under year headings (`level` 3), or stands alone.
 */
export function eventMarkdown(event: TimelineEvent, index: DatasetIndex, lang: Lang, level = 3): string {
  const messages = EXPORT_MESSAGES[lang];
  const involved = involvedNames(event, index, lang);
  const lines = [
    `${'#'.repeat(level)} ${escapeMarkdown(eventDate(event, lang))} — ${escapeMarkdown(event.title[lang])}`,
  ];
  lines.push('', escapeMarkdown(event.description[lang]));
  if (involved.length > 0) {
    lines.push('', messages.labelled(`**${messages.involved}**`, involved.map(escapeMarkdown).join(', ')));
  }
  if (event.inferred && event.dateReason) {
    lines.push('', `*${escapeMarkdown(messages.labelled(MESSAGES[lang].inferredDate, event.dateReason[lang]))}*`);
  }
  lines.push('', `**${messages.sourcesHeading}**`, '');
  event.citations.forEach((citation, i) => {
    lines.push(`${i + 1}. ${describeCitation(citation, index.source(citation.source), lang, true)}`);
  });
  return lines.join('\n');
}

/** One event with its sources, as plain text for any notes app: what "Copy" puts on the clipboard. */
export function eventText(event: TimelineEvent, index: DatasetIndex, lang: Lang): string {
  const messages = EXPORT_MESSAGES[lang];
  const refs = event.citations.map((_, i) => `[${i + 1}]`).join('');
  const involved = involvedNames(event, index, lang);
  const lines = [`${eventDate(event, lang)} — ${event.title[lang]}`, `${event.description[lang]} ${refs}`];
  if (involved.length > 0) lines.push(messages.labelled(messages.involved, involved.join(', ')));
  if (event.inferred && event.dateReason) {
    lines.push(messages.labelled(MESSAGES[lang].inferredDate, event.dateReason[lang]));
  }
  lines.push('', messages.sourcesHeading);
  event.citations.forEach((citation, i) => {
    lines.push(`[${i + 1}] ${describeCitation(citation, index.source(citation.source), lang, false)}`);
  });
  return `${lines.join('\n')}\n`;
}
