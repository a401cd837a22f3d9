import type { Citation, DateInfo, Source } from '../../data/schema';
import { compareDates } from '../../data/queries/date-order';

/**
 * How recent a card's knowledge is: the publication date of the newest source among the
 * citations it shows. A card says "sources up to March 2024" so that nobody reads a
 * two-year-old summary as today's news.
 *
 * Dates of mixed precision are ordered by `compareDates`: a source dated only "2024" comes
 * after one of 4 March 2024, because all we know is that it appeared by the end of 2024.
 * The answer is then "about 2024" (inferred), which is what the sources support.
 */
export function newestSourceDate(
  citations: readonly Citation[],
  sourceOf: (id: string) => Source | undefined,
): DateInfo | undefined {
  let newest: DateInfo | undefined;
  const seen = new Set<string>();
  for (const citation of citations) {
    if (seen.has(citation.source)) continue;
    seen.add(citation.source);
    const published = sourceOf(citation.source)?.published;
    if (!published) continue;
    if (!newest || compareDates(asOrdered(published), asOrdered(newest)) > 0) newest = published;
  }
  return newest;
}

/**
 * The date as the recency line shows it: no finer than the month. The day adds nothing to
 * "how old is this" and each reference still shows its source's full date.
 */
export function recencyDisplayDate(date: DateInfo): DateInfo {
  if (date.precision !== 'day') return date;
  return { ...date, iso: date.iso.slice(0, 7), precision: 'month' };
}

function asOrdered(date: DateInfo): { date: string; precision: DateInfo['precision'] } {
  return { date: date.iso, precision: date.precision };
}
