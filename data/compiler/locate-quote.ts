/**
 * Finding a quote in its source, allowing only whitespace to differ: a quote copied
 * from a document that wrapped a line, or that used a non-breaking space, still counts
 * as verbatim. Nothing else is forgiven (not accents, not apostrophes, not case).
 */

/** A text with its whitespace runs collapsed, and where each character came from. */
export interface CollapsedText {
  text: string;
  /** `origin[i]` is the offset in the original text of `text[i]`. */
  origin: number[];
}

const WHITESPACE = /\s/u;

export function collapseWhitespace(original: string): CollapsedText {
  let text = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const char = original[i] as string;
    if (WHITESPACE.test(char)) {
      if (!inSpace) {
        text += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      text += char;
      origin.push(i);
      inSpace = false;
    }
  }
  return { text, origin };
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Every place the quote occurs in the source, as offsets into the original text.
 * The quote's own leading and trailing whitespace is ignored.
 */
export function locateQuote(source: CollapsedText, quote: string): Span[] {
  const needle = collapseWhitespace(quote.trim()).text;
  if (needle.length === 0) return [];
  const spans: Span[] = [];
  let from = source.text.indexOf(needle);
  while (from !== -1) {
    const last = from + needle.length - 1;
    spans.push({ start: source.origin[from] as number, end: (source.origin[last] as number) + 1 });
    from = source.text.indexOf(needle, from + 1);
  }
  return spans;
}
