import type { Citation, Lang, Source } from '../../data/schema';
import { MESSAGES } from '../i18n/messages';
import { EXPORT_MESSAGES } from '../i18n/export-messages';
import { formatDate } from '../i18n/format-date';

/**
 * A citation as a reader cites it in notes: the quote, then the document's kind, title,
 * outlet, author, reference and date, so the note stays checkable without the extension.
 * The quote's runs of whitespace (line breaks of the seed) become single spaces.
 * The card's copied references and the timeline's exports both cite this way.
 */
export function describeCitation(
  citation: Citation,
  source: Source | undefined,
  lang: Lang,
  markdown: boolean,
): string {
  const esc = markdown ? escapeMarkdown : (value: string) => value;
  const [open, close] = lang === 'fr' ? ['« ', ' »'] : ['“', '”'];
  const quote = `${open}${esc(citation.quote.replace(/\s+/gu, ' ').trim())}${close}`;
  if (!source) return `${quote} — ${esc(citation.source)}`;
  const date = formatDate(source.published, lang);
  const parts = [
    esc(MESSAGES[lang].sourceKinds[source.kind]),
    markdown ? `*${esc(source.title)}*` : source.title,
    ...[source.outlet, source.author, source.reference].filter((part): part is string => Boolean(part)).map(esc),
    esc(source.published.inferred ? `${date} (${EXPORT_MESSAGES[lang].dateInferred})` : date),
  ];
  return `${quote} — ${parts.join(', ')}.`;
}

/**
 * Escapes the characters that would turn dataset text into Markdown syntax (emphasis,
 * links, footnotes, HTML, tables). Only those: a journalist reads the raw notes too, and
 * escaped full stops and hyphens would make them ugly for nothing.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\\`*_[\]<>|~]/gu, '\\$&')
    .replace(/^([#+-])(?=\s)/u, '\\$1')
    .replace(/^(\d+)\.(?=\s)/u, '$1\\.');
}
