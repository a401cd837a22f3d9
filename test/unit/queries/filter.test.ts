import { describe, expect, it } from 'vitest';
import { dataset } from '../../../data/dataset';
import { DatasetIndex } from '../../../data/queries/lookup';
import { entitiesInEvents, filterTimeline, isFiltered, kindsInEvents, yearsOf } from '../../../data/queries/filter';
import { createEventSearch } from '../../../data/queries/search';
import { timelineOrder } from '../../../data/queries/timeline';
import { smallDataset } from '../components/fixtures';

const index = new DatasetIndex(dataset);
const search = createEventSearch(dataset.events, (id) => index.entity(id));
const ids = (events: { id: string }[]) => events.map((event) => event.id);

describe('filterTimeline', () => {
  it('keeps every event, oldest first, without a filter', () => {
    expect(ids(filterTimeline(dataset.events, {}, index))).toEqual(ids(timelineOrder(dataset.events)));
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ query: '   ' })).toBe(false);
  });

  it('filters by entity, by kind of an involved entity, and by query, all at once', () => {
    const cnil = filterTimeline(dataset.events, { entity: 'cnil' }, index);
    expect(cnil.length).toBeGreaterThan(0);
    expect(cnil.every((event) => event.entities.includes('cnil'))).toBe(true);

    const courts = filterTimeline(dataset.events, { kind: 'court' }, index);
    expect(courts.every((event) => event.entities.some((id) => index.entity(id)?.kind === 'court'))).toBe(true);
    expect(ids(courts)).toContain('2020-09-conseil-etat-rejects-suspension');

    const filter = { entity: 'cnil', kind: 'court' as const, query: 'isoc' };
    const both = filterTimeline(dataset.events, filter, index, search(filter.query));
    expect(ids(both)).toEqual(['2024-02-13-isoc-france-appeal-announced']);
    expect(isFiltered(filter)).toBe(true);
  });

  it('ignores the query when no matcher is given', () => {
    expect(filterTimeline(dataset.events, { query: 'xylophone' }, index)).toHaveLength(dataset.events.length);
  });
});

describe('timeline facets', () => {
  const small = new DatasetIndex(smallDataset);

  it('lists the years with events, oldest first', () => {
    expect(yearsOf(smallDataset.events)).toEqual([2018, 2023]);
    expect(yearsOf(dataset.events)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('counts the events of each involved entity, by name, and lists their kinds', () => {
    expect(entitiesInEvents(smallDataset.events, small, 'en')).toEqual([
      { entity: smallDataset.entities[0], events: 2 },
    ]);
    expect(kindsInEvents(smallDataset.events, small)).toEqual(['public-body']);
    const tallies = entitiesInEvents(dataset.events, index, 'fr');
    const names = tallies.map((tally) => tally.entity.name.fr);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })));
    expect(tallies.find((tally) => tally.entity.id === 'health-data-hub')!.events).toBe(
      dataset.events.filter((event) => event.entities.includes('health-data-hub')).length,
    );
  });
});
