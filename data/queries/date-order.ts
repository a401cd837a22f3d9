import type { DatePrecision } from '../schema';

/** A date as the span of days it may stand for: "2019" is all of 2019. */
interface DateSpan {
  first: string;
  last: string;
}

function spanOf(iso: string, precision: DatePrecision): DateSpan {
  if (precision === 'day') return { first: iso, last: iso };
  if (precision === 'month') return { first: `${iso}-01`, last: `${iso}-31` };
  return { first: `${iso}-01-01`, last: `${iso}-12-31` };
}

/**
 * Orders dates of mixed precision. Dates compare by the span of days they stand for;
 * when one span contains the other ("2020" and "2020-07"), the vaguer date comes after
 * the precise one, because all we know of it is that it happened by the end of its span.
 * Returns a negative number when `a` comes first.
 */
export function compareDates(
  a: { date: string; precision: DatePrecision },
  b: { date: string; precision: DatePrecision },
): number {
  const spanA = spanOf(a.date, a.precision);
  const spanB = spanOf(b.date, b.precision);
  const contains = (outer: DateSpan, inner: DateSpan): boolean =>
    outer.first <= inner.first && inner.last <= outer.last;
  if (a.precision !== b.precision) {
    if (contains(spanA, spanB)) return 1;
    if (contains(spanB, spanA)) return -1;
  }
  if (spanA.first !== spanB.first) return spanA.first < spanB.first ? -1 : 1;
  return 0;
}

/** The year of an ISO date of any precision. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
