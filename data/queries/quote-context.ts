import type { Citation, Source } from '../schema';

/** A quote with the source text around it, split for rendering. */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
  /** True when the excerpt starts (or ends) inside the document, not at its edge. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * About two sentences of context on each side: enough to judge the quote, short enough
 * for a popup. The window is cut at whitespace so no word is cut in half, and never
 * reaches into furniture or reader comments, which are not part of the document's text.
 */
export const CONTEXT_CHARS = 280;

export function quoteInContext(source: Source, citation: Citation, radius = CONTEXT_CHARS): QuoteInContext {
  const { text } = source;
  let from = Math.max(0, citation.start - radius);
  let to = Math.min(text.length, citation.end + radius);
  for (const range of source.uncitable) {
    if (range.end <= citation.start) from = Math.max(from, range.end);
    if (range.start >= citation.end) to = Math.min(to, range.start);
  }
  if (from > 0) {
    const space = text.slice(from, citation.start).search(/\s/u);
    if (space !== -1) from += space + 1;
  }
  if (to < text.length) {
    const tail = text.slice(citation.end, to);
    const lastSpace = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (lastSpace !== -1) to = citation.end + lastSpace;
  }
  return {
    before: text.slice(from, citation.start).trimStart(),
    quote: text.slice(citation.start, citation.end),
    after: text.slice(citation.end, to).trimEnd(),
    clippedStart: from > 0 && text.slice(0, from).trim() !== '',
    clippedEnd: to < text.length && text.slice(to).trim() !== '',
  };
}
