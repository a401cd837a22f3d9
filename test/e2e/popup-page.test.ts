import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { activeTabReport } from './support/extension-api';
import { waitForHighlights } from './support/highlights';
import { openDesk, selectedTab, tabIdOf } from './popup-helpers';

/** What `popup-article.html` mentions, as its highlights show (checked against them below). */
const EXPECTED = [
  ['health-data-hub', 4],
  ['cloud-act', 2],
  ['cnil', 2],
  ['microsoft', 2],
  ['anticor', 1],
  ['conseil-etat', 1],
] as const;

/** The popup's rows: entity and count, in the order shown. */
function rows(desk: Page): Promise<[string, number][]> {
  return desk.$$eval('.ecl-mention', (items) =>
    items.map((item) => [
      item.getAttribute('data-entity') ?? '',
      Number(item.querySelector('.ecl-mention-count')?.getAttribute('data-count')),
    ]),
  );
}

describe('popup: on this page', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  let article: Page;
  let desk: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'en-US' });
    server = await startFixtureServer();
    article = await browser.newPage();
    await article.goto(server.url('popup-article.html'));
    await waitForHighlights(article);
    desk = await openDesk(browser, await tabIdOf(browser, article));
  });
  afterAll(async () => {
    // The browser first: the server's close waits for the browser's keep-alive sockets.
    await browser?.close();
    await server?.close();
  });

  it('opens on the page and lists its entities with their counts, most mentioned first', async () => {
    expect(await selectedTab(desk)).toBe('page');
    expect(await rows(desk)).toEqual(EXPECTED.map(([id, count]) => [id, count]));
    // The counts are the page's own: its highlights, and what the content script reports.
    const highlights = await article.$$eval('eclairage-mark:not([data-continued])', (marks) =>
      marks.map((mark) => mark.getAttribute('data-entity')),
    );
    for (const [id, count] of EXPECTED) expect(highlights.filter((entity) => entity === id)).toHaveLength(count);
    await article.bringToFront();
    expect((await activeTabReport(browser)).counts).toEqual(Object.fromEntries(EXPECTED));
    await expect(desk.textContent('.ecl-view-intro')).resolves.toContain('6 entities, 12 mentions');
    await expect(desk.textContent('[data-tab="page"] .ecl-tab-badge')).resolves.toBe('6');
  });

  it('scrolls the page to the first mention and flashes it', async () => {
    const far = '#far eclairage-mark[data-entity="anticor"]';
    expect(await article.evaluate(() => window.scrollY)).toBe(0);
    await desk.bringToFront();
    await desk.click('.ecl-mention[data-entity="anticor"] [data-action="scroll-to"]');
    await desk.waitForFunction(() => document.querySelector('[data-view="page"] [role="status"]')?.textContent);
    expect(await desk.textContent('[data-view="page"] [role="status"]')).toBe(
      'First mention of Anticor shown on the page.',
    );
    expect(await article.$eval(far, (mark) => mark.hasAttribute('data-eclairage-flash'))).toBe(true);
    await article.bringToFront();
    await article.waitForFunction((selector) => {
      const rect = document.querySelector(selector)!.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    }, far);
    expect(await article.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    await article.waitForFunction(
      (selector) => !document.querySelector(selector)!.hasAttribute('data-eclairage-flash'),
      far,
    );
  });

  it('opens an entity’s card, and comes back to the page’s list with focus on its button', async () => {
    await desk.bringToFront();
    await desk.click('.ecl-mention[data-entity="cnil"] button[data-entity="cnil"]');
    await desk.waitForSelector('.ecl-card[data-entity="cnil"]');
    expect(await selectedTab(desk)).toBe('entities');
    expect(await desk.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
    await desk.keyboard.press('Escape');
    await desk.waitForSelector('[data-view="page"]');
    expect(await selectedTab(desk)).toBe('page');
    expect(
      await desk.evaluate(() => document.activeElement?.closest('.ecl-mention')?.getAttribute('data-entity')),
    ).toBe('cnil');
  });

  it('moves between sections with the arrow keys, as a tab list', async () => {
    await desk.focus('[role="tab"][aria-selected="true"]');
    await desk.keyboard.press('ArrowRight');
    expect(await selectedTab(desk)).toBe('timeline');
    expect(await desk.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('timeline');
    await desk.keyboard.press('End');
    expect(await selectedTab(desk)).toBe('sources');
    await desk.keyboard.press('ArrowRight');
    expect(await selectedTab(desk)).toBe('page');
    const panel = await desk.getAttribute('#ecl-tab-page', 'aria-controls');
    expect(await desk.getAttribute(`#${panel}`, 'aria-labelledby')).toBe('ecl-tab-page');
  });

  it('says so on a page without any entity', async () => {
    const empty = await browser.newPage();
    await empty.goto(server.url('popup-empty.html'));
    const view = await openDesk(browser, await tabIdOf(browser, empty), '#page');
    await view.waitForSelector('[data-view="page"][data-state="empty"]');
    expect(await view.textContent('.ecl-empty-title')).toBe('Nothing from the affair on this page');
  });

  it('says so on a page the extension cannot run on', async () => {
    const blank = await browser.newPage();
    await blank.goto('about:blank');
    const view = await openDesk(browser, await tabIdOf(browser, blank), '#page');
    await view.waitForSelector('[data-view="page"][data-state="unsupported"]', { timeout: 5000 });
    expect(await view.textContent('.ecl-empty-title')).toBe('Éclairage cannot read this page');
    // No site to turn off there.
    expect(await view.isDisabled('[data-setting="site"] input')).toBe(true);
  });

  it('throws no error', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
