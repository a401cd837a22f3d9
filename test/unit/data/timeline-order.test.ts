import { describe, expect, it } from 'vitest';
import { compareDates } from '../../../data/queries/date-order';
import { groupByYear, timelineOrder } from '../../../data/queries/timeline';
import type { DatePrecision, TimelineEvent } from '../../../data/schema';

function event(id: string, date: string, precision: DatePrecision): TimelineEvent {
  return {
    id,
    date,
    precision,
    inferred: false,
    approximate: false,
    title: { fr: id, en: id },
    description: { fr: id, en: id },
    entities: [],
    citations: [],
  };
}

describe('timeline order with mixed date precisions', () => {
  it('orders days, months and years by the time they stand for', () => {
    const events = [
      event('2024-02-13', '2024-02-13', 'day'),
      event('2018', '2018', 'year'),
      event('2021-03', '2021-03', 'month'),
      event('2023-12-21', '2023-12-21', 'day'),
      event('2024-01-31', '2024-01-31', 'day'),
    ];
    expect(timelineOrder(events).map((e) => e.id)).toEqual([
      '2018',
      '2021-03',
      '2023-12-21',
      '2024-01-31',
      '2024-02-13',
    ]);
  });

  it('puts a vaguer date after the precise dates it contains', () => {
    const events = [
      event('year', '2020', 'year'),
      event('july', '2020-07', 'month'),
      event('june-5', '2020-06-05', 'day'),
    ];
    expect(timelineOrder(events).map((e) => e.id)).toEqual(['june-5', 'july', 'year']);
    const month = event('june', '2020-06', 'month');
    expect(compareDates(month, event('d', '2020-06-30', 'day'))).toBeGreaterThan(0);
    expect(compareDates(month, event('d', '2020-07-01', 'day'))).toBeLessThan(0);
  });

  it('keeps catalogue order for equal dates and does not change its input', () => {
    const events = [event('b', '2024-02-13', 'day'), event('a', '2024-02-13', 'day')];
    expect(timelineOrder(events).map((e) => e.id)).toEqual(['b', 'a']);
    expect(events.map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('groups by year, oldest first', () => {
    const groups = groupByYear([
      event('x', '2024', 'year'),
      event('y', '2018', 'year'),
      event('z', '2024-01', 'month'),
    ]);
    expect(groups.map((g) => [g.year, g.events.map((e) => e.id)])).toEqual([
      [2018, ['y']],
      [2024, ['z', 'x']],
    ]);
  });
});
