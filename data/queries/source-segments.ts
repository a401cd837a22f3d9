import type { Citation, Dataset, Source } from '../schema';

/** Who cites a passage: an event of the timeline or an entity's card. */
export interface Citer {
  kind: 'event' | 'entity';
  id: string;
}

/** A stretch of a source's text, as the full-text view renders it. */
export interface SourceSegment {
  /** `cited`: a passage the dataset quotes; `furniture` and `comments` are never cited. */
  kind: 'text' | 'cited' | 'furniture' | 'comments';
  start: number;
  end: number;
  text: string;
  /** For a cited passage: everything that quotes some part of it, each once. */
  citers: Citer[];
}

interface CitedRange {
  start: number;
  end: number;
  citer: Citer;
}

/** Every quote the dataset takes from one source, with who takes it. */
export function citationsOf(dataset: Dataset, sourceId: string): CitedRange[] {
  const ranges: CitedRange[] = [];
  const add = (citations: readonly Citation[], citer: Citer) => {
    for (const citation of citations) {
      if (citation.source === sourceId) ranges.push({ start: citation.start, end: citation.end, citer });
    }
  };
  for (const entity of dataset.entities) add(entity.citations, { kind: 'entity', id: entity.id });
  for (const event of dataset.events) add(event.citations, { kind: 'event', id: event.id });
  return ranges;
}

/**
 * A source's whole text cut into plain text, cited passages and uncitable ranges, in
 * order, covering every character once. Overlapping or touching quotes make one passage,
 * cited by all of them. Uncitable ranges win over quotes (the compiler already refuses a
 * quote there; this only keeps the view honest if one slipped through).
 */
export function sourceSegments(source: Source, cited: readonly CitedRange[]): SourceSegment[] {
  const length = source.text.length;
  const edges = new Set([0, length]);
  const clamp = (n: number) => Math.min(length, Math.max(0, n));
  for (const range of [...cited, ...source.uncitable]) {
    edges.add(clamp(range.start));
    edges.add(clamp(range.end));
  }
  const points = [...edges].sort((a, b) => a - b);
  const segments: SourceSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const uncitable = source.uncitable.find((range) => range.start <= start && end <= range.end);
    const covering = cited.filter((range) => range.start <= start && end <= range.end);
    const kind = uncitable ? uncitable.kind : covering.length > 0 ? 'cited' : 'text';
    const last = segments[segments.length - 1];
    // Intervals are contiguous: touching quotes merge into one passage, and so do plain runs.
    if (last && last.kind === kind) {
      last.end = end;
      for (const { citer } of covering) addCiter(last.citers, citer);
    } else {
      const citers: Citer[] = [];
      for (const { citer } of covering) addCiter(citers, citer);
      segments.push({ kind, start, end, text: '', citers });
    }
  }
  for (const segment of segments) segment.text = source.text.slice(segment.start, segment.end);
  return segments;
}

function addCiter(citers: Citer[], citer: Citer): void {
  if (!citers.some((known) => known.kind === citer.kind && known.id === citer.id)) citers.push(citer);
}
