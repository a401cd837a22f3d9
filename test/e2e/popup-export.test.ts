import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dataset } from '../../data/dataset';
import { timelineOrder } from '../../data/queries/timeline';
import { openDesk, selectedTab } from './popup-helpers';

const ordered = timelineOrder(dataset.events);
const cnilEvents = ordered.filter((event) => event.entities.includes('cnil'));
const titleOf = (id: string) => dataset.sources.find((source) => source.id === id)!.title;
const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  return rows;
}

async function download(desk: Page, format: 'markdown' | 'csv'): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([desk.waitForEvent('download'), desk.click(`[data-export="${format}"]`)]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

describe('popup: timeline filters and exports', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let desk: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'en-US' });
    server = await startFixtureServer();
    // The card's "timeline" link opens this address: the timeline filtered on the entity.
    desk = await openDesk(browser, undefined, '#timeline?entity=cnil');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lands filtered on the entity of the link', async () => {
    expect(await selectedTab(desk)).toBe('timeline');
    expect(await desk.inputValue('[data-filter="entity"]')).toBe('cnil');
    const ids = await desk.$$eval('.ecl-event', (items) => items.map((item) => item.getAttribute('data-event')));
    expect(ids).toEqual(cnilEvents.map((event) => event.id));
    expect(await desk.textContent('.ecl-results')).toBe(`${cnilEvents.length} of 15 events`);
  });

  it('exports the filtered events as Markdown, each with its sources', async () => {
    const { name, text } = await download(desk, 'markdown');
    expect(name).toBe('eclairage-timeline-cnil.md');
    expect(text.startsWith('# Timeline of the affair\n')).toBe(true);
    expect(text).toContain('Filtered: entity CNIL');
    expect(text.match(/^### /gmu)).toHaveLength(cnilEvents.length);
    for (const event of cnilEvents) {
      expect(text).toContain(event.title.en.replace(/[*_[\]]/gu, '\\$&'));
      for (const citation of event.citations) expect(oneLine(text)).toContain(oneLine(citation.quote).slice(0, 60));
    }
    const other = ordered.find((event) => !event.entities.includes('cnil'))!;
    expect(text).not.toContain(other.title.en);
  });

  it('exports the filtered events as CSV, one row each, every row with its sources', async () => {
    const { name, text } = await download(desk, 'csv');
    expect(name).toBe('eclairage-timeline-cnil.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([
      'id',
      'date',
      'precision',
      'date shown',
      'date reason',
      'title',
      'description',
      'involved',
      'sources',
    ]);
    expect(rows.map((row) => row[0])).toEqual(cnilEvents.map((event) => event.id));
    rows.forEach((row, i) => {
      const event = cnilEvents[i]!;
      expect(row).toHaveLength(header!.length);
      expect(row[1]).toBe(event.date);
      expect(row[5]).toBe(event.title.en);
      expect(row[6]).toBe(event.description.en);
      const sources = row[8]!.split('\n');
      expect(sources).toHaveLength(event.citations.length);
      event.citations.forEach((citation, j) => {
        expect(sources[j]).toContain(`[${j + 1}] “${oneLine(citation.quote)}”`);
        expect(sources[j]).toContain(titleOf(citation.source));
      });
    });
  });

  it('searches the full text, accents aside, and filters by kind', async () => {
    await desk.selectOption('[data-filter="entity"]', '');
    await desk.fill('.ecl-search-input', 'cedric');
    const cedric = ordered.filter((event) => event.entities.includes('cedric-o')).map((event) => event.id);
    await desk.waitForFunction((n) => document.querySelectorAll('.ecl-event').length === n, cedric.length);
    expect(await desk.$$eval('.ecl-event', (items) => items.map((item) => item.getAttribute('data-event')))).toEqual(
      cedric,
    );
    await desk.fill('.ecl-search-input', '');
    await desk.selectOption('[data-filter="kind"]', 'court');
    const courts = ordered.filter((event) => event.entities.some((id) => ['conseil-etat', 'cjeu'].includes(id)));
    await desk.waitForFunction((n) => document.querySelectorAll('.ecl-event').length === n, courts.length);
    await desk.click('[data-action="reset-filters"]');
    await desk.waitForFunction(() => document.querySelectorAll('.ecl-event').length === 15);
  });

  it('jumps to a year', async () => {
    await desk.click('.ecl-year-button[data-year="2023"]');
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('ecl-year-2023');
    const top = await desk.$eval('#ecl-year-2023', (heading) => heading.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(300);
  });

  it('copies one event with its sources', async () => {
    const event = ordered.find((candidate) => candidate.citations.length > 1)!;
    await desk.click(`[data-event="${event.id}"] [data-action="copy-event"]`);
    await desk.waitForSelector(`[data-event="${event.id}"] .ecl-copy-event [role="status"]:text("Copied")`);
    // Permissions cannot be granted to an extension's origin: the clipboard, which the
    // whole browser shares, is read from a web page that may read it.
    await browser.context.grantPermissions(['clipboard-read'], { origin: server.origin });
    const reader = await browser.newPage();
    await reader.goto(server.url('popup-empty.html'));
    const copied = await reader.evaluate(() => navigator.clipboard.readText());
    await reader.close();
    await desk.bringToFront();
    expect(copied.split('\n')[0]).toContain(event.title.en);
    expect(copied).toContain(event.description.en);
    event.citations.forEach((citation, i) => expect(copied).toContain(`[${i + 1}] “${oneLine(citation.quote)}”`));
  });

  it('leads from an entity’s card in the index to its timeline', async () => {
    await desk.click('[data-tab="entities"]');
    await desk.fill('.ecl-search-input', 'conseil d etat');
    await desk.click('.ecl-entity-row[data-entity="conseil-etat"]');
    await desk.click('.ecl-card .ecl-timeline-link');
    expect(await selectedTab(desk)).toBe('timeline');
    expect(await desk.inputValue('[data-filter="entity"]')).toBe('conseil-etat');
    expect(browser.pageErrors).toEqual([]);
  });
});
