import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { projectRoot } from '../../data/compiler/read-seeds';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

/**
 * The Firefox build in firefox-esr, driven by puppeteer-core over WebDriver BiDi: installed
 * as a temporary add-on, it highlights a page, opens its card, and the card opens the
 * timeline (the popup's page) in a tab. Firefox's own extension pages cannot be navigated
 * to over BiDi, so the popup is reached the way a reader reaches it from a page.
 */
const FIREFOX_PATH = process.env.ECLAIRAGE_FIREFOX ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = join(projectRoot, '.output', 'firefox-mv2');
const ADDON_ID = 'eclairage@eclairage';
/** The add-on's internal UUID, fixed through a pref so that its pages have a known URL. */
const ADDON_UUID = '6f1c2a0e-3d4b-4c5a-9e8f-7a6b5c4d3e2f';

let browser: Browser;
let server: FixtureServer;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${EXTENSION_DIR}: run \`npm run build:firefox\` first (\`npm test\` does).`);
  }
  server = await startFixtureServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
  });
  expect(await browser.installExtension(EXTENSION_DIR)).toBe(ADDON_ID);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The highlights of the page: [text, entity, paragraph]. */
function marks(target: Page): Promise<string[][]> {
  return target.$$eval('eclairage-mark', (elements) =>
    elements.map((mark) => [
      mark.textContent ?? '',
      mark.getAttribute('data-entity') ?? '',
      mark.closest('[id]')?.id ?? '',
    ]),
  );
}

const EXPECTED = [
  ['CNIL', 'cnil', 'one'],
  ['Health Data Hub', 'health-data-hub', 'one'],
  ['EMC2', 'emc2', 'one'],
  ['Cloud Act', 'cloud-act', 'two'],
  ['SecNumCloud', 'secnumcloud', 'two'],
];

/** The focused element, as the page sees it (focus inside the card shows as its host). */
const focused = (target: Page) => target.evaluate(() => document.activeElement?.localName ?? null);

describe('Firefox (firefox-esr, the temporary add-on)', () => {
  it('highlights the mentions of a page, outside form fields and editors', async () => {
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(server.url('hostile-reload.html'));
    await page.waitForSelector('eclairage-mark', { timeout: 15_000 });
    await pause(800);
    expect(await marks(page)).toEqual(EXPECTED);
    const background = await page.$eval('eclairage-mark', (mark) => getComputedStyle(mark).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('opens the card on a highlight, and the card opens the timeline (the popup’s page) in a tab', async () => {
    const timeline = await openTimelineFromCard();
    // Puppeteer keeps the tab's first URL; the page itself knows where it is.
    await timeline.waitForFunction(() => document.querySelectorAll('.ecl-event').length > 0, { timeout: 10_000 });
    const opened = await timeline.evaluate(() => ({
      url: location.href,
      heading: document.querySelector('h1')?.textContent ?? '',
      events: document.querySelectorAll('.ecl-event').length,
      sources: document.querySelectorAll('.ecl-event .ecl-ref').length,
    }));
    expect(opened.url).toBe(`moz-extension://${ADDON_UUID}/popup.html#timeline?entity=cnil`);
    expect(opened.heading).not.toBe('');
    expect(opened.events).toBeGreaterThan(0);
    expect(opened.sources).toBeGreaterThanOrEqual(opened.events);
    await timeline.close();
  });

  it('updated while the page is open: each mention highlighted once, by the new version, whose card opens', async () => {
    // Installing the same add-on again is an update: Firefox unloads the old content
    // script (its code is gone, its highlights stay in the page) and injects the new one.
    expect(await browser.installExtension(EXTENSION_DIR)).toBe(ADDON_ID);
    await pause(2500);
    expect(await marks(page)).toEqual(EXPECTED);
    expect(await page.$$eval('eclairage-mark eclairage-mark', (nested) => nested.length)).toBe(0);
    // The highlights are the new script's: a click on one opens its card.
    await page.keyboard.press('Escape');
    await page.click('#two eclairage-mark');
    const opened = await page
      .waitForFunction(() => document.activeElement?.localName === 'eclairage-card', { timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    expect(opened, 'after an update, a click on a highlight opens the card').toBe(true);
    const timeline = await openTimelineFromCard();
    await timeline.close();
  });

  it('throws no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** How many Tab presses, from the card's opening, reach its timeline button (found once). */
let timelinePresses: number | undefined;

/**
 * Clicks the first highlight, then the card's timeline button, with the keyboard: the card
 * is in a closed shadow root, out of the test's reach. Returns the tab the extension opens.
 */
async function openTimelineFromCard(): Promise<Page> {
  const openCard = async () => {
    await page.keyboard.press('Escape');
    await page.click('#one eclairage-mark');
    // A click opens the card and takes focus into it (its host, for the page).
    await page.waitForFunction(() => document.activeElement?.localName === 'eclairage-card', { timeout: 5000 });
  };
  const tryPresses = async (presses: number): Promise<Page | undefined> => {
    const before = (await browser.pages()).length;
    await openCard();
    for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let waited = 0; waited < 2000; waited += 100) {
      const pages = await browser.pages();
      if (pages.length > before) return pages[pages.length - 1];
      await pause(100);
    }
    return undefined;
  };
  if (timelinePresses !== undefined) {
    const tab = await tryPresses(timelinePresses);
    if (tab) return tab;
  }
  // Tab runs through the card's controls, then back to the highlight: count them. The
  // timeline button is in the footer, among the last: try from the end.
  await openCard();
  expect(await page.evaluate(() => document.querySelector('eclairage-card')?.shadowRoot ?? null)).toBeNull();
  let controls = 0;
  while ((await focused(page)) !== 'eclairage-mark' && controls < 60) {
    await page.keyboard.press('Tab');
    controls++;
  }
  for (let presses = controls - 1; presses > controls - 6; presses--) {
    const tab = await tryPresses(presses);
    if (tab) {
      timelinePresses = presses;
      return tab;
    }
  }
  throw new Error(`no control of the card opened a tab (${controls} Tab stops)`);
}
