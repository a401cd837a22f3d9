import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { setTimingMarks } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { readHighlights, waitForHighlightsToSettle, type Highlight } from './support/highlights';
import { activeTabReport } from './support/extension-api';
import { launchReferenceBrowser, readPageState, type PageState } from './support/reference-page';

let browser: ExtensionBrowser;
let reference: Browser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  [browser, reference] = await Promise.all([launchWithExtension(), launchReferenceBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await reference?.close();
  await server?.close();
});

/** Opens a fixture with the extension, waits for it to finish its first pass. */
async function open(fixture: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url(fixture));
  await page.waitForFunction(() => performance.getEntriesByName('eclairage:pass-end').length > 0, null, {
    timeout: 15_000,
  });
  await waitForHighlightsToSettle(page, 400);
  return page;
}

/** The fixture's state without the extension. */
async function referenceState(fixture: string): Promise<PageState> {
  const page = await reference.newPage();
  await page.goto(server.url(fixture));
  await page.waitForLoadState('load');
  const state = await readPageState(page);
  await page.close();
  return state;
}

/** The article of seed 002 in a news layout: title, standfirst, body, aside and comments. */
const NEWS_ARTICLE = [
  ['EMC2', 'emc2'],
  ['Azure', 'microsoft-azure'],
  ['Health Data Hub', 'health-data-hub'],
  ['Azure', 'microsoft-azure'],
  ['Microsoft', 'microsoft'],
  ['entrepôt de données de santé EMC2', 'emc2'],
  ['Cnil', 'cnil'],
  ['Internet Society France', 'isoc-france'],
  ['Conseil d’État', 'conseil-etat'],
  ['Cnil', 'cnil'],
  ['Microsoft', 'microsoft'],
  ['Assurance maladie', 'cnam'],
  ['Plateforme des données de santé', 'health-data-hub'],
  ['GIP PDS', 'health-data-hub'],
  ['Health Data Hub', 'health-data-hub'],
  ['EMC2', 'emc2'],
  ['Cnil', 'cnil'],
  ['Internet Society France', 'isoc-france'],
  ['ISOC', 'isoc-france'],
  ['Conseil d’Etat', 'conseil-etat'],
  ['Cnil', 'cnil'],
  ['Nicolas Chagny', 'nicolas-chagny'],
  ['ISOC', 'isoc-france'],
  ['Nicolas Chagny', 'nicolas-chagny'],
  ['ISOC', 'isoc-france'],
  // The aside.
  ['Health Data Hub', 'health-data-hub'],
  ['SecNumCloud', 'secnumcloud'],
  // Reader comments ("Côte d'Azur" in the second one is not Azure).
  ['Microsoft', 'microsoft'],
  ['Cnil', 'cnil'],
  ['Cloud Act', 'cloud-act'],
];

/** The AFP wire of seed 004 on a dark page, with its reader comments. */
const WIRE_STORY = [
  ['Cédric O', 'cedric-o'],
  ['Health Data Hub', 'health-data-hub'],
  ['Microsoft', 'microsoft'],
  ['Microsoft', 'microsoft'],
  ['Cédric O', 'cedric-o'],
  ['Olivier Véran', 'olivier-veran'],
  ['Privacy Shield', 'privacy-shield'],
  ['Health Data Hub', 'health-data-hub'],
  ['Cédric O', 'cedric-o'],
  ['Cédric O', 'cedric-o'],
  ['justice européenne', 'cjeu'],
  ['Privacy Shield', 'privacy-shield'],
  ['Microsoft', 'microsoft'],
  ['Conseil d’État', 'conseil-etat'],
  ['Microsoft', 'microsoft'],
  ['Health Data Hub', 'health-data-hub'],
  ['Microsoft Azure', 'microsoft-azure'],
  ['Microsoft', 'microsoft'],
  ['Microsoft', 'microsoft'],
  ['Cloud act', 'cloud-act'],
  // Reader comments.
  ['Cédric O', 'cedric-o'],
  ['CNIL', 'cnil'],
  ['Microsoft', 'microsoft'],
  ['Cédric O', 'cedric-o'],
  ['health data hub', 'health-data-hub'],
  ['Cédric O', 'cedric-o'],
];

const pairs = (highlights: Highlight[]) => highlights.map(({ text, entity }) => [text, entity]);

describe('highlighting in real Chromium', () => {
  it('highlights the expected mentions of a news article, reader comments included, not "Côte d\'Azur"', async () => {
    const page = await open('news-article.html');
    expect(pairs(await readHighlights(page))).toEqual(NEWS_ARTICLE);
    expect((await readPageState(page)).visibleText).toBe((await referenceState('news-article.html')).visibleText);
  });

  it('highlights the expected mentions of a wire story on a dark page', async () => {
    const page = await open('wire-dark.html');
    expect(pairs(await readHighlights(page))).toEqual(WIRE_STORY);
    expect((await readPageState(page)).visibleText).toBe((await referenceState('wire-dark.html')).visibleText);
  });

  it('highlights nothing on an off-topic page full of look-alikes', async () => {
    const page = await open('off-topic.html');
    expect(await readHighlights(page)).toEqual([]);
    expect((await readPageState(page)).visibleText).toBe((await referenceState('off-topic.html')).visibleText);
  });

  it('leaves form controls, editors and buttons alone, and their values intact', async () => {
    const page = await open('forms-editors.html');
    const highlights = await readHighlights(page);
    expect(highlights.map(({ text, entity, where }) => [text, entity, where])).toEqual([
      ['Health Data Hub', 'health-data-hub', 'intro'],
      ['Microsoft Azure', 'microsoft-azure', 'intro'],
      ['CNIL', 'cnil', 'intro'],
      ['Cloud Act', 'cloud-act', ''],
      ['SecNumCloud', 'secnumcloud', 'not-editable'],
    ]);
    expect(await readPageState(page)).toEqual(await referenceState('forms-editors.html'));
  });

  it('never writes in code, preformatted text, SVG, MathML or scripts; finds mentions split over inline elements', async () => {
    const page = await open('code-svg-math.html');
    const highlights = await readHighlights(page);
    expect(highlights.map(({ text, entity, where }) => [text, entity, where])).toEqual([
      ['Cloud Act', 'cloud-act', 'prose'],
      ['CNIL', 'cnil', 'prose'],
      ['Health Data Hub', 'health-data-hub', 'split'],
      ['Cloud Act', 'cloud-act', 'split'],
    ]);
    expect((await readPageState(page)).visibleText).toBe((await referenceState('code-svg-math.html')).visibleText);
  });

  it('works under a strict Content-Security-Policy', async () => {
    const page = await open('csp-strict.html');
    expect(pairs(await readHighlights(page))).toEqual([
      ['CNIL', 'cnil'],
      ['Health Data Hub', 'health-data-hub'],
      ['EMC2', 'emc2'],
      ['Microsoft Azure', 'microsoft-azure'],
      ['Cloud Act', 'cloud-act'],
      ['SecNumCloud', 'secnumcloud'],
    ]);
    // The highlight style comes from the manifest, which the page's CSP does not govern.
    const background = await page.$eval('eclairage-mark', (mark) => getComputedStyle(mark).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('finds mentions inside open shadow roots', async () => {
    const page = await open('shadow-root.html');
    expect((await readHighlights(page)).map(({ text, entity, where }) => [text, entity, where])).toEqual([
      ['Health Data Hub', 'health-data-hub', 'light'],
      ['Microsoft Azure', 'microsoft-azure', 'light'],
      ['CNIL', 'cnil', 'shadow-text'],
      ['Cloud Act', 'cloud-act', 'shadow-text'],
    ]);
  });

  it('finds mentions in an open shadow root when the page’s own text names nothing', async () => {
    // The prefilter rules out the light DOM in one test; the shadow root is read on its own.
    const page = await open('shadow-only.html');
    expect((await readHighlights(page)).map(({ text, entity, where }) => [text, entity, where])).toEqual([
      ['CNIL', 'cnil', 'shadow-text'],
      ['Cloud Act', 'cloud-act', 'shadow-text'],
    ]);
  });

  it('highlights content added after load', async () => {
    const page = await open('dynamic-content.html');
    await page.waitForFunction(() => (window as unknown as { __lateAdded?: boolean }).__lateAdded === true);
    await page.waitForSelector('#late eclairage-mark');
    await waitForHighlightsToSettle(page);
    expect((await readHighlights(page)).map(({ text, where }) => [text, where])).toEqual([
      ['Health Data Hub', 'first'],
      // Ambiguous, but the page is on topic: it names the Health Data Hub.
      ['Microsoft', 'first'],
      ['CNIL', 'late'],
      ['EMC2', 'late'],
    ]);
  });

  it('reads nodes added side by side as one run: a name spread over two of them is found', async () => {
    const page = await open('adjacent-additions.html');
    await page.waitForFunction(() => (window as unknown as { __added?: boolean }).__added === true);
    await page.waitForSelector('#list eclairage-mark');
    await waitForHighlightsToSettle(page);
    expect((await readHighlights(page)).map(({ text, entity, where }) => [text, entity, where])).toEqual([
      ['Health Data Hub', 'health-data-hub', 'first'],
      ['Microsoft', 'microsoft', 'first'],
      // "Cloud" and " Act" came as two elements: one mention, in two pieces.
      ['Cloud Act', 'cloud-act', 'joined'],
      ...Array.from({ length: 10 }, () => ['CNIL', 'cnil', 'list']),
    ]);
    expect(await page.locator('#joined eclairage-mark').allTextContents()).toEqual(['Cloud', ' Act']);
  });

  it('highlights every item of an infinite-scroll feed', async () => {
    const page = await open('infinite-scroll.html');
    await page.waitForFunction(() => (window as unknown as { __appended: number }).__appended >= 50);
    await waitForHighlightsToSettle(page, 800);
    const highlights = await readHighlights(page);
    const items = await page.$$eval('p.item', (items) =>
      items.map((item) => [...item.querySelectorAll('eclairage-mark')].map((mark) => mark.textContent)),
    );
    expect(items).toHaveLength(50);
    for (const marks of items) expect(marks).toEqual(['CNIL', 'Cloud Act']);
    expect(highlights[0]).toMatchObject({ text: 'Health Data Hub', entity: 'health-data-hub' });
  });

  it('rescans after a single-page-app navigation', async () => {
    const page = await open('spa-navigation.html');
    expect(pairs(await readHighlights(page))).toEqual([['Health Data Hub', 'health-data-hub']]);
    await page.click('#go');
    await page.waitForSelector('#story-two eclairage-mark');
    await waitForHighlightsToSettle(page);
    expect(pairs(await readHighlights(page))).toEqual([
      ['CNIL', 'cnil'],
      ['Cloud Act', 'cloud-act'],
    ]);
  });

  it('survives React re-rendering highlighted paragraphs: no error, exact text, highlights back', async () => {
    const page = await open('react-rerender.html');
    await page.waitForSelector('#mixed eclairage-mark');
    for (let step = 1; step <= 4; step++) {
      await page.click('#next');
      await page.waitForFunction(
        (expected) => (window as unknown as { __reactStep: number }).__reactStep === expected,
        step,
      );
      const subject = ['Health Data Hub', 'EMC2 warehouse', 'Health Data Hub'][step % 3];
      const expected = `The ${subject} is hosted on Microsoft Azure; step ${step} of the story.`;
      // Right after the re-render, before any re-highlight: the screen shows what React rendered.
      await expect(page.textContent('#mixed')).resolves.toBe(expected);
      await expect(page.textContent('#whole')).resolves.toBe(`Version ${step}: the CNIL reviewed the Cloud Act risk.`);
      await page.waitForSelector('#whole eclairage-mark');
      await waitForHighlightsToSettle(page, 400);
      await expect(page.textContent('#mixed')).resolves.toBe(expected);
      const mixed = await page.$$eval('#mixed eclairage-mark', (marks) => marks.map((mark) => mark.textContent));
      expect(mixed).toContain('Microsoft Azure');
      const list = await page.$$eval('#list li', (items) => items.map((item) => item.textContent));
      expect(list).toEqual([
        `1. CNIL (render ${step})`,
        `2. Cloud Act (render ${step})`,
        `3. SecNumCloud (render ${step})`,
      ]);
    }
    expect(browser.pageErrors).toEqual([]);
  });

  it('reports the entities found with their counts, and the badge shows how many', async () => {
    const page = await open('news-article.html');
    await page.bringToFront();
    const { counts, badge } = await activeTabReport(browser);
    const expected: Record<string, number> = {};
    for (const [, entity] of NEWS_ARTICLE) expected[entity!] = (expected[entity!] ?? 0) + 1;
    expect(counts).toEqual(expected);
    expect(badge).toBe(String(Object.keys(expected).length));
  });

  it('leaves no mark in the page’s performance timeline unless a test harness asks for it', async () => {
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    await setTimingMarks(worker, false);
    try {
      const page = await browser.newPage();
      await page.goto(server.url('news-article.html'));
      await page.waitForSelector('eclairage-mark', { timeout: 15_000 });
      await waitForHighlightsToSettle(page, 400);
      const names = await page.evaluate(() => performance.getEntries().map((entry) => entry.name));
      expect(names.filter((name) => name.startsWith('eclairage'))).toEqual([]);
      expect(await page.locator('eclairage-mark').count()).toBeGreaterThan(0);
      await page.close();
    } finally {
      await setTimingMarks(worker, true);
    }
    // With the switch back on, the next page has its marks again.
    const page = await open('news-article.html');
    expect(await page.evaluate(() => performance.getEntriesByName('eclairage:script-start').length)).toBe(1);
    await page.close();
  });

  it('throws no error in any page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
