import type { Citation, CitationInput } from '../schema';
import type { CompileContext } from './context';
import type { SourceIndex } from './compile-sources';
import { locateQuote, type Span } from './locate-quote';

function overlaps(span: Span, range: Span): boolean {
  return span.start < range.end && range.start < span.end;
}

/**
 * Turns hand-written citations into located ones. A citation is refused when its source
 * is unknown, when its quote is not in the source, or when every occurrence of the quote
 * falls in furniture or reader comments: those are never evidence.
 */
export function cite(
  inputs: CitationInput[] | undefined,
  item: string,
  field: string,
  sources: ReadonlyMap<string, SourceIndex>,
  context: CompileContext,
): Citation[] {
  const citations: Citation[] = [];
  (inputs ?? []).forEach((input, index) => {
    const where = `${field}[${index}]`;
    const indexed = sources.get(input.source);
    if (!indexed) {
      context.report(item, `${where}.source`, 'unknown source id', input.source);
      return;
    }
    if (typeof input.quote !== 'string' || input.quote.trim() === '') {
      context.report(item, `${where}.quote`, 'empty quote');
      return;
    }
    const spans = locateQuote(indexed.collapsed, input.quote);
    if (spans.length === 0) {
      context.report(item, `${where}.quote`, `quote not found verbatim in source "${input.source}"`, input.quote);
      return;
    }
    const citable = spans.find((span) => !indexed.source.uncitable.some((range) => overlaps(span, range)));
    if (!citable) {
      const kind = indexed.source.uncitable.find((range) => overlaps(spans[0] as Span, range))?.kind;
      context.report(
        item,
        `${where}.quote`,
        `quote lies in the source's ${kind === 'comments' ? 'reader comments' : 'page furniture'}, which is never cited`,
        input.quote,
      );
      return;
    }
    citations.push({ source: input.source, quote: input.quote, start: citable.start, end: citable.end });
  });
  return citations;
}
