import type { Citation, Lang, Source } from '../../data/schema';
import { MESSAGES } from '../i18n/messages';
import { EXPORT_MESSAGES } from '../i18n/export-messages';
import { formatDate } from '../i18n/format-date';
import { escapeMarkdown } from '../card/copy-format';

/**
 * A citation as a reader cites it in notes: the quote, then the document's kind, title,
 * outlet, author, reference and date, so the note stays checkable without the extension.
 * The quote's runs of whitespace (line breaks of the seed) become single spaces.
 * Same shape as the card's copied references (`components/card/copy-format.ts`).
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
