import type { Citation, Entity, Lang, Source } from '../../data/schema';
import { MESSAGES } from '../i18n/messages';
import { CARD_MESSAGES } from '../i18n/card-messages';
import { formatDate } from '../i18n/format-date';
import { newestSourceDate, recencyDisplayDate } from './recency';
import { describeCitation, escapeMarkdown } from '../citation/describe-citation';

/** What "Copy with sources" puts on the clipboard, in the two forms it offers. */
export interface CopyPayload {
  text: string;
  markdown: string;
}

/** One reference of the copied summary, numbered in the order the summary cites it. */
interface NumberedReference {
  number: number;
  citation: Citation;
  source: Source | undefined;
}

/**
 * The summary of an entity with its numbered references, ready to paste into notes: each
 * reference gives the quote and who published it, when, so the note stays checkable
 * without the extension. Only the summary is copied (not the facts), as the card's button
 * says; its references are numbered as on the card, since the summary is cited first.
 */
export function formatForCopy(entity: Entity, sourceOf: (id: string) => Source | undefined, lang: Lang): CopyPayload {
  const card = CARD_MESSAGES[lang];
  const kind = MESSAGES[lang].entityKinds[entity.kind];
  const numbers = new Map<number, number>();
  const references: NumberedReference[] = [];
  for (const sentence of entity.sentences) {
    for (const ref of sentence.refs) {
      const citation = entity.citations[ref];
      if (!citation || numbers.has(ref)) continue;
      numbers.set(ref, references.length + 1);
      references.push({ number: references.length + 1, citation, source: sourceOf(citation.source) });
    }
  }
  const cited = (refs: number[], mark: (n: number) => string) =>
    refs.flatMap((ref) => (numbers.has(ref) ? [mark(numbers.get(ref) as number)] : [])).join('');

  const newest = newestSourceDate(
    references.map((reference) => reference.citation),
    sourceOf,
  );
  const recency = newest ? card.sourcesUpTo(formatDate(recencyDisplayDate(newest), lang)) : '';
  const footer = [recency, card.copiedFrom]
    .filter(Boolean)
    .map((line) => `${line}.`)
    .join(' ');

  const textSummary = entity.sentences.map((s) => `${s.text[lang]} ${cited(s.refs, (n) => `[${n}]`)}`).join(' ');
  const text = [
    `${entity.name[lang]} (${kind})`,
    textSummary,
    [
      card.referencesHeading,
      ...references.map((r) => `[${r.number}] ${describeCitation(r.citation, r.source, lang, false)}`),
    ].join('\n'),
    footer,
  ].join('\n\n');

  const markdownSummary = entity.sentences
    .map((s) => `${escapeMarkdown(s.text[lang])}${cited(s.refs, (n) => `[^${n}]`)}`)
    .join(' ');
  const markdown = [
    `**${escapeMarkdown(entity.name[lang])}** (${escapeMarkdown(kind)})`,
    markdownSummary,
    references.map((r) => `[^${r.number}]: ${describeCitation(r.citation, r.source, lang, true)}`).join('\n'),
    `*${escapeMarkdown(footer)}*`,
  ].join('\n\n');

  return { text: `${text}\n`, markdown: `${markdown}\n` };
}
