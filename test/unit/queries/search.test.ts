import { describe, expect, it } from 'vitest';
import { dataset } from '../../../data/dataset';
import { DatasetIndex } from '../../../data/queries/lookup';
import { foldForSearch, searchTerms } from '../../../data/queries/fold';
import { createEntitySearch, createEventSearch } from '../../../data/queries/search';

const index = new DatasetIndex(dataset);
const searchEntities = createEntitySearch(dataset.entities);
const ids = (query: string, lang: 'fr' | 'en' = 'en') => searchEntities(query, lang).map((hit) => hit.entity.id);
const eventSearch = createEventSearch(dataset.events, (id) => index.entity(id));
const eventIds = (query: string) => dataset.events.filter(eventSearch(query)).map((event) => event.id);

describe('foldForSearch', () => {
  it('drops accents, case, ligatures and punctuation', () => {
    expect(foldForSearch('Conseil d’État')).toBe('conseil d etat');
    expect(foldForSearch("CONSEIL D'ETAT")).toBe('conseil d etat');
    expect(foldForSearch('Cédric  O')).toBe('cedric o');
    expect(foldForSearch('cœur Æther')).toBe('coeur aether');
    expect(foldForSearch('E=mc²')).toBe('e mc2');
    expect(foldForSearch('« Health-Data Hub »')).toBe('health data hub');
  });

  it('gives no terms for a blank query', () => {
    expect(searchTerms('  ’ – ')).toEqual([]);
    expect(searchTerms('Véran  CNIL')).toEqual(['veran', 'cnil']);
  });
});

describe('entity search', () => {
  it('lists every entity by name when the query is empty', () => {
    const all = searchEntities('', 'fr');
    expect(all).toHaveLength(dataset.entities.length);
    const names = all.map((hit) => hit.entity.name.fr);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })));
  });

  it('finds an entity by any alias, accents and case aside, and says which alias matched', () => {
    expect(ids('hdh')[0]).toBe('health-data-hub');
    expect(searchEntities('hdh', 'en')[0]!.alias).toBe('HDH');
    expect(ids('cedric')[0]).toBe('cedric-o');
    expect(ids('conseil d etat')[0]).toBe('conseil-etat');
    expect(ids('cour de justice de l ue')[0]).toBe('cjeu');
    expect(ids('Plateforme des données')[0]).toBe('health-data-hub');
    expect(ids('veran')).toEqual(['olivier-veran']);
  });

  it('matches words from their start only, and needs every word', () => {
    // "ans" is the agency's acronym: the many "dans" of the summaries do not count.
    expect(ids('ans')[0]).toBe('ans');
    expect(ids('azure microsoft')).toContain('microsoft-azure');
    expect(ids('azure zzzz')).toEqual([]);
  });

  it('ranks names and aliases above summaries', () => {
    const hits = ids('cnil');
    expect(hits[0]).toBe('cnil');
    expect(hits.length).toBeGreaterThan(1);
  });
});

describe('event search', () => {
  it('searches titles and descriptions in both languages, accents aside', () => {
    const cedric = dataset.events.filter((event) => event.entities.includes('cedric-o')).map((event) => event.id);
    expect(eventIds('cedric')).toEqual(cedric);
    expect(eventIds('Cédric')).toEqual(cedric);
    expect(eventIds('rapatrier').length + eventIds('repatriation').length).toBeGreaterThan(0);
  });

  it('finds words only the quotes use, and the entities’ aliases', () => {
    const legifrance = dataset.events.filter((event) => event.citations.some((c) => /Légifrance/u.test(c.quote)));
    expect(legifrance.length).toBeGreaterThan(0);
    expect(eventIds('legifrance')).toEqual(legifrance.map((event) => event.id));
    const hdh = dataset.events.filter((event) => event.entities.includes('health-data-hub')).map((event) => event.id);
    for (const id of hdh) expect(eventIds('hdh')).toContain(id);
  });

  it('matches every event for an empty query, none for nonsense', () => {
    expect(eventIds('')).toHaveLength(dataset.events.length);
    expect(eventIds('xylophone')).toEqual([]);
  });
});
