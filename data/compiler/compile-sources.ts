import type { SourceInput, Source, UncitableRange } from '../schema';
import { collapseWhitespace, locateQuote, type CollapsedText } from './locate-quote';
import type { CompileContext } from './context';
import { compileDate } from './compile-date';

/** A compiled source plus what quoting needs: its text with whitespace collapsed. */
export interface SourceIndex {
  source: Source;
  collapsed: CollapsedText;
}

function locateAnchor(collapsed: CollapsedText, anchor: string): { start: number; end: number } | string {
  const spans = locateQuote(collapsed, anchor);
  if (spans.length === 0) return 'anchor text not found in the source';
  if (spans.length > 1) return `anchor text occurs ${spans.length} times; it must be unique`;
  return spans[0] as { start: number; end: number };
}

/** Resolves the furniture and comment anchors of a source into character ranges. */
function compileUncitable(
  input: SourceInput,
  collapsed: CollapsedText,
  text: string,
  context: CompileContext,
): UncitableRange[] {
  const item = `source "${input.id}"`;
  const ranges: UncitableRange[] = [];
  (input.uncitable ?? []).forEach((range, index) => {
    const from = locateAnchor(collapsed, range.from);
    if (typeof from === 'string') {
      context.report(item, `uncitable[${index}].from`, from, range.from);
      return;
    }
    let end = text.length;
    if (range.to !== undefined) {
      const to = locateAnchor(collapsed, range.to);
      if (typeof to === 'string') {
        context.report(item, `uncitable[${index}].to`, to, range.to);
        return;
      }
      if (to.end < from.start) {
        context.report(item, `uncitable[${index}].to`, 'the range ends before it starts', range.to);
        return;
      }
      end = to.end;
    }
    ranges.push({ kind: range.kind, start: from.start, end });
  });
  return ranges.sort((a, b) => a.start - b.start);
}

export function compileSources(
  inputs: SourceInput[],
  seeds: ReadonlyMap<string, string>,
  context: CompileContext,
): Map<string, SourceIndex> {
  const index = new Map<string, SourceIndex>();
  for (const input of inputs) {
    const item = `source "${input.id}"`;
    if (index.has(input.id)) {
      context.report(item, 'id', 'duplicate source id', input.id);
      continue;
    }
    const text = seeds.get(input.id);
    if (text === undefined) {
      context.report(item, 'id', 'no seed document has this id', input.id);
      continue;
    }
    if (!input.title?.trim()) context.report(item, 'title', 'missing title');
    const collapsed = collapseWhitespace(text);
    const { uncitable: _anchors, published, titleGiven, ...rest } = input;
    const source: Source = {
      ...rest,
      titleGiven: titleGiven ?? true,
      published: compileDate(published, item, 'published', context),
      uncitable: compileUncitable(input, collapsed, text, context),
      text,
    };
    index.set(input.id, { source, collapsed });
  }
  for (const id of seeds.keys()) {
    if (!index.has(id)) context.report(`source "${id}"`, 'id', 'a seed document has no catalogue entry', id);
  }
  return index;
}
