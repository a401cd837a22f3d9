import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { dataset } from '../../data/dataset';
import { timelineOrder } from '../../data/queries/timeline';

const ordered = timelineOrder(dataset.events);

async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.waitForSelector('.ecl-event');
  return page;
}

describe('popup timeline (English browser)', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'en-US' });
    page = await openPopup(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders every event, oldest first, grouped by year', async () => {
    const ids = await page.$$eval('.ecl-event', (items) => items.map((item) => item.getAttribute('data-event')));
    expect(ids).toEqual(ordered.map((event) => event.id));
    const years = await page.$$eval('.ecl-year-heading', (headings) => headings.map((h) => Number(h.textContent)));
    expect(years).toEqual([...new Set(ordered.map((event) => Number(event.date.slice(0, 4))))]);
    expect(await page.textContent('h1')).toBe('Timeline of the affair');
  });

  it('shows each event with its title, description, entities and numbered sources', async () => {
    const first = ordered[0]!;
    const item = page.locator(`[data-event="${first.id}"]`);
    await expect(item.locator('.ecl-event-title').textContent()).resolves.toBe(first.title.en);
    await expect(item.locator('.ecl-event-description').textContent()).resolves.toContain(first.description.en);
    await expect(item.locator('.ecl-ref').count()).resolves.toBe(first.citations.length);
    await expect(item.locator('.ecl-chip').count()).resolves.toBe(first.entities.length);
    for (const event of ordered) {
      await expect(page.locator(`[data-event="${event.id}"] .ecl-ref`).count()).resolves.toBeGreaterThan(0);
    }
  });

  it('marks inferred dates with "about"', async () => {
    const inferred = ordered.find((event) => event.inferred);
    expect(inferred, 'the dataset has inferred dates').toBeDefined();
    const date = await page.textContent(`[data-event="${inferred!.id}"] time`);
    expect(date).toMatch(/^about /);
  });

  it('opens a quote in its context from the keyboard, and Escape returns focus', async () => {
    const event = ordered[ordered.length - 1]!;
    const citation = event.citations[0]!;
    const source = dataset.sources.find((candidate) => candidate.id === citation.source)!;
    const reference = page.locator(`[data-event="${event.id}"] .ecl-ref`).first();
    await reference.focus();
    await page.keyboard.press('Enter');
    const viewer = page.locator('.ecl-source-viewer');
    await expect(viewer.isVisible()).resolves.toBe(true);
    await expect(viewer.locator('mark').textContent()).resolves.toBe(source.text.slice(citation.start, citation.end));
    const excerpt = (await viewer.locator('.ecl-excerpt').textContent()) ?? '';
    // Context: the excerpt holds more of the source than the quote alone.
    expect(excerpt.length).toBeGreaterThan(citation.end - citation.start + 40);
    await expect(viewer.locator('.ecl-source-title').textContent()).resolves.toContain(source.title);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('ecl-source-viewer'))).resolves.toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await expect(viewer.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('ecl-ref'))).resolves.toBe(true);
  });

  it('throws no error', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('popup timeline (French browser)', () => {
  it('speaks French', async () => {
    const browser = await launchWithExtension({ lang: 'fr' });
    try {
      const page = await openPopup(browser);
      expect(await page.textContent('h1')).toBe('Chronologie de l’affaire');
      const first = ordered[0]!;
      await expect(page.locator(`[data-event="${first.id}"] .ecl-event-title`).textContent()).resolves.toBe(
        first.title.fr,
      );
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(browser.pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
