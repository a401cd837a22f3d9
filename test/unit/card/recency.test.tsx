import { describe, expect, it } from 'vitest';
import { newestSourceDate, recencyDisplayDate } from '../../../components/card/recency';
import type { DateInfo, Source } from '../../../data/schema';
import { cloudAct, sourceOf } from './card-fixture';

const at = (iso: string, precision: DateInfo['precision'], inferred = false): DateInfo => ({
  iso,
  precision,
  inferred,
  approximate: false,
});

function sources(dates: Record<string, DateInfo>) {
  return (id: string) => (dates[id] ? ({ id, published: dates[id] } as Source) : undefined);
}
const citation = (source: string) => ({ source, quote: 'q', start: 0, end: 1 });

describe('newestSourceDate', () => {
  it('is the publication date of the newest source the citations draw on', () => {
    expect(newestSourceDate(cloudAct.citations, sourceOf)).toMatchObject({ iso: '2024-03-04', precision: 'day' });
  });

  it('orders dates of mixed precision, a vague year after the days it contains', () => {
    const of = sources({ a: at('2024-03-04', 'day'), b: at('2024', 'year', true), c: at('2023-12', 'month') });
    expect(newestSourceDate([citation('a'), citation('c')], of)?.iso).toBe('2024-03-04');
    expect(newestSourceDate([citation('c'), citation('b'), citation('a')], of)).toMatchObject({
      iso: '2024',
      inferred: true,
    });
  });

  it('ignores unknown sources and has no answer without citations', () => {
    const of = sources({ a: at('2019', 'year') });
    expect(newestSourceDate([citation('gone'), citation('a')], of)?.iso).toBe('2019');
    expect(newestSourceDate([], of)).toBeUndefined();
    expect(newestSourceDate([citation('gone')], of)).toBeUndefined();
  });
});

describe('recencyDisplayDate', () => {
  it('shows no finer than the month', () => {
    expect(recencyDisplayDate(at('2024-03-04', 'day'))).toMatchObject({ iso: '2024-03', precision: 'month' });
    expect(recencyDisplayDate(at('2021-05', 'month'))).toMatchObject({ iso: '2021-05', precision: 'month' });
    expect(recencyDisplayDate(at('2020', 'year', true))).toMatchObject({ iso: '2020', inferred: true });
  });
});
