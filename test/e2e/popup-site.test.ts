import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { waitForHighlights } from './support/highlights';
import { highlightCount, openDesk, readStorage, tabIdOf } from './popup-helpers';

/**
 * Long enough for the content script of a reloaded page to have highlighted, had it
 * been on: it waits for load and an idle moment, then makes one pass of a short page.
 */
const SETTLE_MS = 2500;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForSelector('.ecl-options');
  return page;
}

describe('popup: on and off for this site', () => {
  let browser: ExtensionBrowser;
  let article: Page;
  let desk: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'en-US' });
    article = await browser.newPage();
    await article.goto(server.url('popup-article.html'));
    await waitForHighlights(article);
    desk = await openDesk(browser, await tabIdOf(browser, article));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names the site, and turning it off removes the highlights from the open tab', async () => {
    expect(await desk.textContent('[data-setting="site"] .ecl-switch-description')).toBe('127.0.0.1');
    await desk.click('[data-setting="site"] input');
    await article.waitForFunction(() => document.querySelectorAll('eclairage-mark').length === 0);
    expect((await readStorage(browser)).settings).toMatchObject({ disabledSites: ['127.0.0.1'], enabled: true });
    await desk.waitForSelector('[data-view="page"][data-state="off"]');
    expect(await desk.textContent('.ecl-empty-title')).toBe('Éclairage is off on 127.0.0.1.');
  });

  it('keeps them off after a reload', async () => {
    await article.reload();
    await article.waitForTimeout(SETTLE_MS);
    expect(await highlightCount(article)).toBe(0);
  });

  it('brings them back, without a reload, from the page’s own "turn on" button', async () => {
    await desk.bringToFront();
    await desk.click('[data-view="page"] .ecl-empty button');
    await waitForHighlights(article);
    expect(await desk.isChecked('[data-setting="site"] input')).toBe(true);
    await desk.waitForSelector('.ecl-mention[data-entity="health-data-hub"]');
  });

  it('turns every site off with the global switch', async () => {
    await desk.click('[data-setting="enabled"] input');
    await article.waitForFunction(() => document.querySelectorAll('eclairage-mark').length === 0);
    expect(await desk.isDisabled('[data-setting="site"] input')).toBe(true);
    await desk.click('[data-setting="enabled"] input');
    await waitForHighlights(article);
  });

  it('edits the list of sites in the options page, and the open tab follows', async () => {
    const options = await openOptions(browser);
    await options.fill('.ecl-site-form input', 'not a site!');
    await options.click('.ecl-site-form button[type="submit"]');
    expect(await options.textContent('.ecl-field-error')).toContain('Enter a site name');
    await options.fill('.ecl-site-form input', 'http://127.0.0.1:8080/some/page');
    await options.click('.ecl-site-form button[type="submit"]');
    await options.waitForSelector('.ecl-sites li[data-site="127.0.0.1"]');
    await article.waitForFunction(() => document.querySelectorAll('eclairage-mark').length === 0);
    await options.click('.ecl-sites li[data-site="127.0.0.1"] button');
    await options.waitForSelector('.ecl-sites-empty');
    await waitForHighlights(article);
    expect((await readStorage(browser)).settings).toMatchObject({ disabledSites: [] });
  });

  it('throws no error', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('settings across a browser restart', () => {
  const profileDir = mkdtempSync(join(tmpdir(), 'eclairage-restart-'));
  afterAll(() => rmSync(profileDir, { recursive: true, force: true }));

  it('keeps every setting on the same profile', async () => {
    const first = await launchWithExtension({ lang: 'en-US', profileDir });
    try {
      const article = await first.newPage();
      await article.goto(server.url('popup-article.html'));
      await waitForHighlights(article);
      const desk = await openDesk(first, await tabIdOf(first, article));
      await desk.click('[data-setting="mode"] input[value="first"]');
      const options = await openOptions(first);
      await options.click('[data-setting="style"] input[value="underline"]');
      await options.click('[data-setting="language"] input[value="fr"]');
      await options.waitForSelector('h1:text("Réglages d’Éclairage")');
      await desk.bringToFront();
      await desk.click('[data-setting="site"] input');
      await article.waitForFunction(() => document.querySelectorAll('eclairage-mark').length === 0);
      expect(first.pageErrors).toEqual([]);
    } finally {
      await first.close({ keepProfile: true });
    }

    const second = await launchWithExtension({ lang: 'en-US', profileDir });
    try {
      expect((await readStorage(second)).settings).toEqual({
        version: 1,
        enabled: true,
        disabledSites: ['127.0.0.1'],
        mode: 'first',
        language: 'fr',
        style: 'underline',
      });
      const options = await openOptions(second);
      expect(await options.textContent('h1')).toBe('Réglages d’Éclairage');
      expect(await options.isChecked('[data-setting="mode"] input[value="first"]')).toBe(true);
      expect(await options.isChecked('[data-setting="style"] input[value="underline"]')).toBe(true);
      expect(await options.textContent('.ecl-sites')).toContain('127.0.0.1');
      const article = await second.newPage();
      await article.goto(server.url('popup-article.html'));
      await article.waitForTimeout(SETTLE_MS);
      expect(await highlightCount(article)).toBe(0);
      // Back on for the site: the other settings apply, first mentions only, underlined.
      const desk = await openDesk(second, await tabIdOf(second, article));
      expect(await desk.textContent('[data-tab="timeline"]')).toBe('Chronologie');
      await desk.click('[data-setting="site"] input');
      const highlights = await waitForHighlights(article);
      expect(highlights.map((h) => h.entity).sort()).toEqual(
        ['anticor', 'cloud-act', 'cnil', 'conseil-etat', 'health-data-hub', 'microsoft'].sort(),
      );
      expect(
        await article.$$eval('eclairage-mark', (marks) =>
          marks.every((m) => m.classList.contains('eclairage-style-underline')),
        ),
      ).toBe(true);
      expect(second.pageErrors).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
