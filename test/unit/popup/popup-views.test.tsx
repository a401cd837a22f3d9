import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import type { Route } from '../../../entrypoints/popup/route';
import { dataset } from '../../../data/dataset';
import { DEFAULT_SETTINGS } from '../../../settings/schema';
import { citationsOf, sourceSegments } from '../../../data/queries/source-segments';
import { fakeServices } from './fake-services';

async function renderPopup(route: Route, lang: 'fr' | 'en' = 'en') {
  const fake = fakeServices({ status: 'unsupported' });
  const view = render(
    <PopupApp
      dataset={dataset}
      services={fake.services}
      initial={{ settings: { ...DEFAULT_SETTINGS, disabledSites: [] }, problems: [] }}
      browserLang={lang}
      route={route}
    />,
  );
  const $ = (selector: string) => view.container.querySelector<HTMLElement>(selector);
  const $$ = (selector: string) => [...view.container.querySelectorAll<HTMLElement>(selector)];
  await waitFor(() => expect($('[role="tabpanel"]:not([hidden]) > *')).not.toBeNull());
  return { ...view, ...fake, $, $$ };
}

const type = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });

afterEach(cleanup);

describe('timeline section', () => {
  it('filters by entity from the route, searches, resets', async () => {
    const { $, $$ } = await renderPopup({ tab: 'timeline', entity: 'cnil' });
    const cnil = dataset.events.filter((event) => event.entities.includes('cnil'));
    expect($$('.ecl-event')).toHaveLength(cnil.length);
    expect(($('[data-filter="entity"]') as HTMLSelectElement).value).toBe('cnil');
    type($('.ecl-search-input')!, 'isoc');
    expect($$('.ecl-event').map((e) => e.dataset.event)).toEqual(['2024-02-13-isoc-france-appeal-announced']);
    expect($('.ecl-results')!.textContent).toBe('1 of 15 events');
    type($('.ecl-search-input')!, 'xylophone');
    expect($('.ecl-empty')!.textContent).toBe('No event matches these filters.');
    expect(($('[data-export="csv"]') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click($('[data-action="reset-filters"]')!);
    expect($$('.ecl-event')).toHaveLength(dataset.events.length);
  });

  it('filters by kind of entity involved', async () => {
    const { $, $$ } = await renderPopup({ tab: 'timeline' });
    const select = $('[data-filter="kind"]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toContain('court');
    fireEvent.change(select, { target: { value: 'person' } });
    const people = dataset.events.filter((e) =>
      e.entities.some((id) => dataset.entities.find((x) => x.id === id)?.kind === 'person'),
    );
    expect($$('.ecl-event')).toHaveLength(people.length);
  });

  it('downloads what is shown, as Markdown and CSV, and copies the Markdown', async () => {
    const { $, services } = await renderPopup({ tab: 'timeline', entity: 'cnil' });
    fireEvent.click($('[data-export="markdown"]')!);
    expect(services.download).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'eclairage-timeline-cnil.md', type: 'text/markdown;charset=utf-8' }),
    );
    expect($('.ecl-export [role="status"]')!.textContent).toBe('Downloaded eclairage-timeline-cnil.md');
    fireEvent.click($('[data-export="csv"]')!);
    const csv = services.download.mock.calls[1]![0] as { text: string; type: string };
    expect(csv.type).toBe('text/csv;charset=utf-8');
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(
      1 + dataset.events.filter((e) => e.entities.includes('cnil')).length,
    );
    fireEvent.click($('[data-export="copy-markdown"]')!);
    expect(services.copy.mock.calls[0]![0]).toMatch(/^# Timeline of the affair\n/u);
    expect($('[data-export="csv"]')!.getAttribute('aria-label')).toMatch(
      /^Download the \d events shown, with their sources, as CSV$/u,
    );
  });

  it('offers one button per year shown', async () => {
    const { $$ } = await renderPopup({ tab: 'timeline', query: '2024' });
    expect($$('.ecl-year-button').map((b) => b.textContent)).toEqual([]);
    cleanup();
    const all = await renderPopup({ tab: 'timeline' });
    expect(all.$$('.ecl-year-button').map((b) => b.textContent)).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
  });
});

describe('index section', () => {
  it('finds an entity by alias, opens its card, and Escape goes back with focus on its row', async () => {
    const { $, $$ } = await renderPopup({ tab: 'entities' });
    expect($$('.ecl-entity-row')).toHaveLength(dataset.entities.length);
    type($('.ecl-search-input')!, 'plateforme donnees');
    const first = $$('.ecl-entity-row')[0]!;
    expect(first.dataset.entity).toBe('health-data-hub');
    expect(first.textContent).toContain('also “Plateforme des données de santé”');
    fireEvent.click(first);
    const card = $('.ecl-card[data-entity="health-data-hub"]')!;
    expect(document.activeElement).toBe(card);
    fireEvent.click($('.ecl-related-entity')!);
    expect($('.ecl-card')!.dataset.entity).not.toBe('health-data-hub');
    fireEvent.keyDown($('.ecl-card')!, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement?.classList.contains('ecl-entity-row')).toBe(true));
    expect(($('.ecl-search-input') as HTMLInputElement).value).toBe('plateforme donnees');
  });

  it('opens a card from the route, and its timeline link filters the timeline', async () => {
    const { $ } = await renderPopup({ tab: 'entities', entity: 'anticor' });
    fireEvent.click($('.ecl-card .ecl-timeline-link')!);
    expect($('[role="tab"][aria-selected="true"]')!.dataset.tab).toBe('timeline');
    expect(($('[data-filter="entity"]') as HTMLSelectElement).value).toBe('anticor');
  });

  it('says when no entity matches', async () => {
    const { $ } = await renderPopup({ tab: 'entities' }, 'fr');
    type($('.ecl-search-input')!, 'zzz');
    expect($('.ecl-results')!.textContent).toBe('Aucune entité ne porte ce nom.');
  });
});

describe('sources section', () => {
  it('lists the documents, opens one’s full text with its cited passages marked, and comes back', async () => {
    const { $, $$ } = await renderPopup({ tab: 'sources' });
    expect($$('.ecl-source-item')).toHaveLength(dataset.sources.length);
    const source = dataset.sources[4]!;
    const passages = sourceSegments(source, citationsOf(dataset, source.id)).filter((s) => s.kind === 'cited');
    expect($(`[data-source="${source.id}"] .ecl-source-actions`)!.textContent).toContain(
      `${passages.length} passages cited`,
    );
    fireEvent.click($(`[data-source="${source.id}"] [data-action="read-source"]`)!);
    // The whole text, byte for byte, once the labels of the uncitable ranges are set aside.
    const text = $('.ecl-fulltext')!.cloneNode(true) as HTMLElement;
    text.querySelectorAll('.ecl-uncitable-label').forEach((label) => label.remove());
    expect(text.textContent).toBe(source.text);
    expect($$('.ecl-fulltext mark.ecl-cited').map((m) => m.textContent)).toEqual(passages.map((p) => p.text));
    expect($('.ecl-uncitable[data-kind="comments"] .ecl-uncitable-label')!.textContent).toBe(
      'Reader comments, never cited',
    );
    expect(document.activeElement).toBe($('.ecl-fulltext-view h1'));
    fireEvent.click($('.ecl-back')!);
    await waitFor(() =>
      expect(document.activeElement?.closest('[data-source]')?.getAttribute('data-source')).toBe(source.id),
    );
  });
});
