import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchReferenceBrowser } from './support/reference-page';
import {
  countMarks,
  PageProbe,
  readMarks,
  readState,
  settle,
  waitForPass,
  type ProbedHighlight,
  type ProbedState,
} from './support/isolated-world';
import { HIGHLIGHT_CAP } from '../../entrypoints/content/start';
import { hugeTextNodePage, longPage, manyMentionsPage } from './support/generated-pages';

/**
 * Pages that try to break the extension, or that the extension could break, in real
 * Chromium. For each: no error in any world of the page, the reader's data (form values,
 * editors) unchanged, and the highlights it should have. Every page is also read in a
 * Chromium without the extension, and must make the same requests there.
 */

let browser: ExtensionBrowser;
let reference: Browser;
let server: FixtureServer;
/** Pages too large to commit, written for this run. */
let generated: FixtureServer;
let generatedDir: string;
const tried = new Set<string>();
/** The pages a test opened, closed after it: the browser stays light for the next. */
const opened: Page[] = [];

beforeAll(async () => {
  generatedDir = mkdtempSync(join(tmpdir(), 'eclairage-hostile-'));
  writeFileSync(join(generatedDir, 'hostile-huge-text-node.html'), hugeTextNodePage());
  writeFileSync(join(generatedDir, 'hostile-20000-mentions.html'), manyMentionsPage());
  writeFileSync(join(generatedDir, 'hostile-long-page.html'), longPage());
  [server, generated] = await Promise.all([startFixtureServer(), startFixtureServer(generatedDir)]);
  [browser, reference] = await Promise.all([
    launchWithExtension({
      lang: 'fr',
      backForwardCache: true,
      // CDP's `Extensions.loadUnpacked`, to reload the extension as an update does.
      extraArgs: ['--enable-unsafe-extension-debugging'],
    }),
    launchReferenceBrowser(),
  ]);
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.close().catch(() => {})));
});
afterAll(async () => {
  console.log(`hostile pages tried: ${tried.size} (${[...tried].join(', ')})`);
  await browser?.close();
  await reference?.close();
  await server?.close();
  await generated?.close();
  if (generatedDir) rmSync(generatedDir, { recursive: true, force: true });
});

interface Visit {
  page: Page;
  probe: PageProbe;
  /** Every request the page made, in order (the document first). */
  requests: string[];
}

/** Opens a hostile page with the extension; counts it as tried. */
async function visit(url: string, options: { waitForPass?: boolean } = {}): Promise<Visit> {
  tried.add(new URL(url).pathname.slice(1));
  const page = await browser.newPage();
  opened.push(page);
  const probe = await PageProbe.attach(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  if (options.waitForPass !== false) await waitForPass(probe);
  return { page, probe, requests };
}

/** The same page in a Chromium without the extension. */
async function referenceOf(url: string): Promise<{ state: ProbedState; requests: string[] }> {
  const page = await reference.newPage();
  const probe = await PageProbe.attach(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  await page.waitForLoadState('load');
  const state = await readState(probe);
  expect(probe.errors, 'the page itself throws no error').toEqual([]);
  await page.close();
  return { state, requests };
}

/**
 * The requests that leave the browser, without the favicon it asks for: the extension's
 * own files (`chrome-extension://`, the card bundle) are not network.
 */
const own = (requests: string[]) =>
  requests.filter((url) => !url.endsWith('/favicon.ico') && !url.startsWith('chrome-extension:'));

/**
 * What every hostile page must show: no error in any world, the reader's form values and
 * editors as the page wrote them, text the reader types kept as typed, and no request the
 * page would not make without the extension.
 */
async function expectIntact(
  visit: Visit,
  url: string,
  options: { typeInto?: string[]; alsoVisited?: string[] } = {},
): Promise<void> {
  const { state, requests } = await referenceOf(url);
  const now = await readState(visit.probe);
  expect(now.formValues).toEqual(state.formValues);
  expect(now.editors).toEqual(state.editors);
  await closeCard(visit);
  for (const selector of options.typeInto ?? ['#notes', '#editor p']) {
    await visit.page.click(selector);
    await visit.page.keyboard.press('End');
    await visit.page.keyboard.type(' — ajouté par le lecteur');
  }
  const typed = await visit.probe.run(() => ({
    notes: (document.getElementById('notes') as HTMLTextAreaElement | null)?.value,
    editor: document.querySelector('#editor p')?.textContent,
    marksInEditors: document.querySelectorAll('[contenteditable] eclairage-mark, textarea eclairage-mark').length,
  }));
  if (options.typeInto === undefined) {
    expect(typed.notes).toBe('Notes : la CNIL et le Cloud Act. — ajouté par le lecteur');
    expect(typed.editor).toBe('Éditeur : SecNumCloud et la CNIL. — ajouté par le lecteur');
  }
  expect(typed.marksInEditors).toBe(0);
  expect(own(visit.requests)).toEqual(own([...requests, ...(options.alsoVisited ?? [])]));
  expect(visit.probe.errors).toEqual([]);
}

/** The extension's service worker (a new one after a reload). */
async function serviceWorker(): Promise<Worker> {
  const origin = `chrome-extension://${browser.extensionId}/`;
  const running = browser.context.serviceWorkers().find((worker) => worker.url().startsWith(origin));
  return running ?? browser.context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(origin) });
}

/** Turns the extension off everywhere (or back on), as the popup's switch does. */
async function setEnabled(enabled: boolean): Promise<void> {
  const worker = await serviceWorker();
  await worker.evaluate(async (on) => {
    interface LocalStorage {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
    const storage = (globalThis as unknown as { chrome: { storage: { local: LocalStorage } } }).chrome.storage.local;
    const { settings } = (await storage.get('settings')) as { settings?: Record<string, unknown> };
    await storage.set({
      settings: {
        version: 1,
        disabledSites: [],
        mode: 'every',
        language: 'auto',
        style: 'tint',
        ...settings,
        enabled: on,
      },
    });
  }, enabled);
}

const FIXTURE_MARKS: ProbedHighlight[] = [
  ['CNIL', 'cnil', 'one'],
  ['Health Data Hub', 'health-data-hub', 'one'],
  ['EMC2', 'emc2', 'one'],
  ['Cloud Act', 'cloud-act', 'two'],
  ['SecNumCloud', 'secnumcloud', 'two'],
];

describe('hostile pages', () => {
  it('the strictest CSP, with Trusted Types required: highlights, a styled card, nothing blocked', async () => {
    const url = server.url('hostile-csp.html');
    const v = await visit(url);
    expect(await readMarks(v.probe)).toEqual(FIXTURE_MARKS);
    const background = await v.probe.run(
      () => getComputedStyle(document.querySelector('eclairage-mark')!).backgroundColor,
    );
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await v.page.hover('#one eclairage-mark');
    const card = await waitForCard(v.probe);
    expect(card).toMatchObject({ entity: 'cnil', background: 'rgb(255, 255, 255)', width: 380 });
    await expectIntact(v, url);
  });

  it("page CSS aimed at it: `* { all: unset }`, rules on its tag name, a 10px root, max z-index overlays, the page's popover", async () => {
    const url = server.url('hostile-css.html');
    const v = await visit(url);
    expect((await readMarks(v.probe)).map(([text]) => text)).toEqual([
      'CNIL',
      'Health Data Hub',
      'EMC2',
      'Cloud Act',
      'SecNumCloud',
      'CNIL',
      'Health Data Hub',
      'CNIL',
      'Cloud Act',
      'SecNumCloud',
    ]);
    // The page's rules on `eclairage-mark` do not move a line or change a letter: every
    // paragraph has the boxes, lines and text it has without the extension.
    const layout = () =>
      [...document.querySelectorAll('p')].map((p) => ({
        id: p.id,
        text: p.innerText,
        lines: [...p.getClientRects()].map((r) => [
          Math.round(r.x),
          Math.round(r.y),
          Math.round(r.width),
          Math.round(r.height),
        ]),
      }));
    expect(await v.probe.run(layout)).toEqual(await inReference(url, layout));
    const look = await v.probe.run(() => {
      const style = getComputedStyle(document.querySelector('eclairage-mark')!);
      return { background: style.backgroundColor, visibility: style.visibility, opacity: style.opacity };
    });
    expect(look).toMatchObject({ visibility: 'visible', opacity: '1' });
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    // The card: px-sized despite the 10px root, above the z-index overlays, and the page's
    // own popover stays open (the card is a manual popover: it closes nobody's).
    await v.page.hover('#two eclairage-mark');
    const card = await waitForCard(v.probe);
    expect(card).toMatchObject({ entity: 'cloud-act', fontSize: '14px', width: 380 });
    const onTop = await v.probe.run(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: card.rect.x + card.rect.width / 2,
      y: card.rect.y + card.rect.height / 2,
    });
    expect(onTop).toBe('eclairage-card');
    expect(await v.probe.run(() => document.getElementById('banner')!.matches(':popover-open'))).toBe(true);
    await closeCard(v, { escape: false });
    expect(await v.probe.run(() => document.getElementById('banner')!.matches(':popover-open'))).toBe(true);
    await v.probe.run(() => document.getElementById('banner')!.hidePopover());
    await expectIntact(v, url);
  });

  it('a page that rewrites DOM prototypes and globals: the extension never calls them, nothing breaks', async () => {
    const url = server.url('hostile-prototypes.html');
    const v = await visit(url);
    expect(await v.probe.readPageGlobal('window.__hostileReady')).toBe(true);
    expect(await readMarks(v.probe)).toEqual(FIXTURE_MARKS);
    await v.page.hover('#one eclairage-mark');
    expect((await waitForCard(v.probe)).entity).toBe('cnil');
    await expectIntact(v, url);
    // Not one call into the page's replacements, from the extension or anything it set off.
    expect(await v.probe.readPageGlobal('window.__hostileCalls')).toEqual([]);
  });

  it('same-origin and sandboxed iframes: the top page is highlighted, frames are left as they are', async () => {
    const url = server.url('hostile-iframes.html');
    const v = await visit(url);
    expect(await readMarks(v.probe)).toEqual([
      ['CNIL', 'cnil', 'top'],
      ['Health Data Hub', 'health-data-hub', 'top'],
    ]);
    const frames = async (page: Page) =>
      Promise.all(
        page
          .frames()
          .filter((frame) => frame !== page.mainFrame())
          .map(async (frame) => ({
            name: await (await frame.frameElement()).getAttribute('id'),
            text: await frame.locator('body').innerText(),
            marks: await frame.locator('eclairage-mark').count(),
            values: await frame
              .locator('input, textarea')
              .evaluateAll((controls) => controls.map((control) => (control as HTMLInputElement).value)),
          })),
      );
    const referencePage = await reference.newPage();
    await referencePage.goto(url);
    await referencePage.waitForLoadState('load');
    const expected = await frames(referencePage);
    await referencePage.close();
    expect(expected.map(({ name }) => name)).toEqual(['same-origin', 'sandboxed', 'sandboxed-scripts']);
    expect(await frames(v.page)).toEqual(expected);
    await expectIntact(v, url);
  });

  it('a single text node of 1 MB: every mention highlighted, the text intact, one relayout', async () => {
    const url = generated.url('hostile-huge-text-node.html');
    const v = await visit(url);
    const marks = await readMarks(v.probe);
    expect(marks).toHaveLength(100);
    expect(marks.slice(0, 5).map(([text]) => text)).toEqual([
      'CNIL',
      'Health Data Hub',
      'Cloud Act',
      'SecNumCloud',
      'EMC2',
    ]);
    const { state } = await referenceOf(url);
    expect((await readState(v.probe)).visibleText).toBe(state.visibleText);
    // Any write into a 1 MB paragraph makes Chromium lay the whole paragraph out again, one
    // long task whoever writes (about 200 ms on this machine for a single <span>, with no
    // extension; the script's own work is about 12 ms for the 100 highlights). The
    // extension writes the node's highlights in one step, so the page pays that once (or
    // twice, when the layout lands in a task of its own), never once per highlight.
    const tasks = await longTasksSincePass(v.probe);
    console.log(`1 MB text node: ${tasks.length} long task(s) after the pass started: ${tasks.join(', ')} ms`);
    expect(tasks.length).toBeLessThanOrEqual(2);
    await expectIntact(v, url);
  });

  it('a long page: written over several frames, each write (the last too) laid out in its own task', async () => {
    const url = generated.url('hostile-long-page.html');
    const v = await visit(url);
    expect(await countMarks(v.probe)).toBe(1500);
    const { state } = await referenceOf(url);
    expect((await readState(v.probe)).visibleText).toBe(state.visibleText);
    const layouts = await v.probe.run(() => {
      const starts = performance.getEntriesByName('eclairage:layout-start').map((mark) => mark.startTime);
      const ends = performance.getEntriesByName('eclairage:layout-end').map((mark) => mark.startTime);
      return starts.map((start, i) => [start, ends[i] ?? Number.NaN] as const);
    });
    const passEnd = await v.probe.run(
      () => performance.getEntriesByName('eclairage:pass-end')[0]?.startTime ?? Number.NaN,
    );
    const frames = await v.probe.readPageGlobal<number[]>('window.__frames');
    // Several writes, each ending with the layout it forced; an animation frame between
    // each layout and the next write's.
    expect(layouts.length).toBeGreaterThanOrEqual(2);
    for (const [i, [start, end]] of layouts.entries()) {
      expect(end).toBeGreaterThanOrEqual(start);
      const next = layouts[i + 1];
      if (next) expect(frames.some((time) => time > end && time < next[0])).toBe(true);
    }
    // The last write was laid out too, in its own task: no frame between its layout and
    // the end of the pass.
    const lastEnd = layouts.at(-1)![1];
    expect(passEnd).toBeGreaterThan(lastEnd);
    expect(frames.filter((time) => time > lastEnd && time < passEnd)).toEqual([]);
    await expectIntact(v, url);
  });

  it(`20 000 mentions: the cap (${HIGHLIGHT_CAP}) holds, every mention is counted, the page answers at once`, async () => {
    const url = generated.url('hostile-20000-mentions.html');
    const v = await visit(url, { waitForPass: false });
    // While the extension works, the reader clicks and types: the page answers each time.
    await v.probe.waitFor(() => performance.getEntriesByName('eclairage:pass-start').length > 0);
    for (let i = 1; i <= 5; i++) {
      await v.page.click('#ping');
    }
    const passesBefore = await v.probe.run(() => performance.getEntriesByName('eclairage:pass-end').length);
    await waitForPass(v.probe);
    expect(await countMarks(v.probe)).toBe(HIGHLIGHT_CAP);
    const counts = await mentionCounts(v.page);
    expect(counts).toEqual({ cnil: 4000, 'health-data-hub': 4000, 'cloud-act': 4000, secnumcloud: 4000, emc2: 4000 });
    const tasks = await longTasksSincePass(v.probe);
    const delays = await v.probe.readPageGlobal<number[]>('window.__inputDelays');
    console.log(
      `20 000 mentions: ${passesBefore === 0 ? 'during' : 'after'} the first pass, clicks waited ${delays.join(', ')} ms; ` +
        `${tasks.length} long tasks, longest ${Math.max(0, ...tasks)} ms`,
    );
    expect(delays).toHaveLength(5);
    // Responsive: the extension's slices (8 ms) let every click through well within a
    // long task's 50 ms.
    expect(Math.max(...delays)).toBeLessThan(LONG_TASK_LIMIT_MS);
    // Writing 5000 highlights into 2000 paragraphs costs the browser style and layout work
    // between slices: none on an idle machine, but up to three tasks of 55–115 ms were
    // measured on two cores shared with other browsers. The bound catches a regression
    // (a pass that would write everything at once takes seconds), not that noise.
    expect(tasks.filter((duration) => duration > HEAVY_PAGE_TASK_LIMIT_MS)).toEqual([]);
    await expectIntact(v, url);
  });

  it('a page that removes, moves, unwraps, rewrites and copies highlights; off then on leaves no stray highlight', async () => {
    const url = server.url('hostile-dom-edits.html');
    const v = await visit(url);
    expect((await readMarks(v.probe)).map(([, , where]) => where)).toEqual([
      'remove-mark',
      'move-mark',
      'unwrap-mark',
      'edit-mark',
      'rewrite',
      'gone',
      'gone',
      'clone',
      'carry',
      'carry',
    ]);
    await v.page.evaluate(() => (window as unknown as { hostileEdits: () => void }).hostileEdits());
    await settle(v.probe, 800);
    const texts = () =>
      Object.fromEntries(
        [...document.querySelectorAll('[id]')]
          .filter((e) => e.closest('#article, #destination'))
          .map((e) => [e.id, e.textContent]),
      );
    const afterEdits = await v.probe.run(texts);
    expect(afterEdits).toMatchObject({
      'remove-mark': 'Retiré : la  a parlé.',
      'move-mark': 'Déplacé : le  reste.',
      'unwrap-mark': 'Déballé : SecNumCloud est exigé.',
      'edit-mark': 'Modifié : le Health Data Hub (modifié) change.',
      rewrite: 'Réécrit : le Cloud Act attendra.',
      clone: 'Copié : le Health Data Hub.',
      'clone-copy': 'Copié : le Health Data Hub.',
      carry: 'Transporté : SecNumCloud et EMC2.',
    });
    expect(await v.probe.run(() => document.getElementById('gone'))).toBeNull();
    // Turned off: every highlight goes, the ones the page moved or copied included, and the
    // text stays as the page left it.
    await setEnabled(false);
    await v.probe
      .waitFor(() => document.querySelectorAll('eclairage-mark').length === 0, undefined, 5000)
      .catch(() => {});
    const strays = await readMarks(v.probe);
    await setEnabled(true);
    expect(strays).toEqual([]);
    expect(await v.probe.run(texts)).toEqual(afterEdits);
    // On again: each mention highlighted once.
    await settle(v.probe, 800);
    const marks = await readMarks(v.probe);
    expect(marks.filter(([, , where]) => where === 'clone-copy')).toHaveLength(1);
    expect(await v.probe.run(() => document.querySelectorAll('eclairage-mark eclairage-mark').length)).toBe(0);
    await expectIntact(v, url);
  });

  it('rapid single-page-app navigation: only the last view is highlighted, once', async () => {
    const url = server.url('hostile-spa.html');
    const v = await visit(url);
    expect(await readMarks(v.probe)).toEqual([['Health Data Hub', 'health-data-hub', 'view']]);
    type Router = { rush: (count: number, everyMs: number) => Promise<number>; go: (n: number) => void };
    await v.page.evaluate(() => (window as unknown as Router).rush(40, 0));
    await v.page.evaluate(() => (window as unknown as Router).rush(40, 7));
    for (let i = 0; i < 5; i++) await v.page.evaluate(() => history.back());
    await v.page.evaluate(() => (window as unknown as Router).go(83));
    // The URL watcher fires within a second; then the rescan settles.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await settle(v.probe, 800);
    expect(await readMarks(v.probe)).toEqual([
      ['SecNumCloud', 'secnumcloud', 'view-83'],
      ['EMC2', 'emc2', 'view-83'],
    ]);
    expect(await mentionCounts(v.page)).toEqual({ secnumcloud: 1, emc2: 1 });
    await expectIntact(v, url);
  });

  it('document.designMode = "on": the whole page is an editor, so nothing is written into it', async () => {
    const url = server.url('hostile-design-mode.html');
    const v = await visit(url);
    expect(await readMarks(v.probe)).toEqual([]);
    const markup = () => document.body.innerHTML; // eslint-disable-line no-restricted-properties
    expect(await v.probe.run(markup)).toBe(await inReference(url, markup));
    await v.page.click('#draft');
    await v.page.keyboard.press('End');
    await v.page.keyboard.type(' Ajout du lecteur sur la CNIL.');
    await settle(v.probe, 600);
    expect(await v.probe.run(() => document.getElementById('draft')!.textContent)).toBe(
      'La CNIL a rendu son avis sur le Cloud Act et SecNumCloud. Ajout du lecteur sur la CNIL.',
    );
    expect(await countMarks(v.probe)).toBe(0);
    await expectIntact(v, url, { typeInto: [] });
  });

  it('back/forward cache: the page comes back highlighted once, and the extension still answers', async () => {
    const url = server.url('hostile-bfcache.html');
    const v = await visit(url);
    expect(await readMarks(v.probe)).toEqual(FIXTURE_MARKS);
    await v.page.click('#away');
    await v.page.waitForURL(/hostile-csp/u);
    await waitForPass(v.probe);
    // Restored from the cache, the page fires `pageshow` again, but no `load`.
    await v.page.goBack({ waitUntil: 'commit' });
    await v.page.waitForURL(/hostile-bfcache/u, { waitUntil: 'commit' });
    await v.probe.waitFor(() => document.readyState === 'complete');
    const restored = await v.probe.readPageGlobal<boolean[]>('window.__shows');
    const reasons = await v.probe.readPageGlobal<unknown>(
      "JSON.stringify(performance.getEntriesByType('navigation')[0]?.notRestoredReasons ?? null)",
    );
    expect(restored, `restored from the back/forward cache (not restored because: ${String(reasons)})`).toEqual([
      false,
      true,
    ]);
    await settle(v.probe, 600);
    expect(await readMarks(v.probe)).toEqual(FIXTURE_MARKS);
    await v.page.bringToFront();
    expect(await mentionCounts(v.page)).toEqual({
      cnil: 1,
      'health-data-hub': 1,
      emc2: 1,
      'cloud-act': 1,
      secnumcloud: 1,
    });
    await v.page.hover('#two eclairage-mark');
    expect((await waitForCard(v.probe)).entity).toBe('cloud-act');
    // The page was not fetched again: it came back from the cache.
    await expectIntact(v, url, { alsoVisited: [server.url('hostile-csp.html')] });
  });

  it("the page defines the extension's element names and listens to every message: it learns nothing", async () => {
    const url = server.url('hostile-custom-elements.html');
    const v = await visit(url);
    expect(await readMarks(v.probe)).toEqual(FIXTURE_MARKS);
    await v.page.hover('#one eclairage-mark');
    expect((await waitForCard(v.probe)).entity).toBe('cnil');
    const messages = JSON.stringify(await v.probe.readPageGlobal<unknown[]>('window.__messages'));
    const upgraded = await v.probe.readPageGlobal<string[]>('window.__upgraded');
    console.log(`custom elements page: the page saw ${messages}; its elements upgraded: ${upgraded.length}`);
    expect(messages).not.toContain(browser.extensionId);
    expect(messages).not.toContain('wxt');
    await expectIntact(v, url);
  });

  it('the extension reloaded (updated) while the page is open: the old script takes its highlights back', async () => {
    const url = server.url('hostile-reload.html');
    const v = await visit(url);
    expect(await readMarks(v.probe)).toEqual(FIXTURE_MARKS);
    // What an update does: the same extension loaded again from its folder. Chromium keeps
    // the old content script running, cut off from the extension, and injects no new one.
    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked', { path: EXTENSION_DIR });
    await cdp.detach();
    await serviceWorker();
    // The old script notices within seconds, and leaves the page as it found it.
    await v.probe
      .waitFor(() => document.querySelectorAll('eclairage-mark').length === 0, undefined, 8000)
      .catch(() => {});
    expect(await readMarks(v.probe)).toEqual([]);
    const { state } = await referenceOf(url);
    expect((await readState(v.probe)).visibleText).toBe(state.visibleText);
    // A page change reaches no dead code: nothing throws, nothing is logged.
    await v.page.evaluate(() => document.getElementById('two')!.append(' Et la CNIL.'));
    await v.page.hover('#one');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(v.probe.errors).toEqual([]);
    // Reloaded, the page is highlighted once, by the new extension.
    await v.page.reload();
    await waitForPass(v.probe);
    expect(await readMarks(v.probe)).toEqual(FIXTURE_MARKS);
    await expectIntact(v, url, { alsoVisited: [url] });
  });

  it('throws no error in any page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

/** Long tasks (ms) since the extension's first pass began, from the page's observer. */
async function longTasksSincePass(probe: PageProbe): Promise<number[]> {
  const since = await probe.run(() => performance.getEntriesByName('eclairage:pass-start')[0]?.startTime ?? 0);
  const tasks = await probe.readPageGlobal<[number, number][]>('window.__longTasks');
  return tasks.filter(([start]) => start >= since).map(([, duration]) => Math.round(duration));
}

/** A long task, for Chromium and the "invisible cost" promise: over 50 ms. */
const LONG_TASK_LIMIT_MS = 50;

/** The longest task allowed on the 20 000-mention page (see there). */
const HEAVY_PAGE_TASK_LIMIT_MS = 250;

/** The counts the content script reports for the page, asked from the service worker. */
async function mentionCounts(page: Page): Promise<unknown> {
  await page.bringToFront();
  const worker = await serviceWorker();
  return worker.evaluate(async () => {
    interface Tabs {
      query(filter: object): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    }
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.sendMessage(tab!.id!, { type: 'eclairage:get-mentions' });
  });
}

/** Runs `fn` on the page in the browser without the extension. */
async function inReference<R>(url: string, fn: () => R): Promise<R> {
  const page = await reference.newPage();
  const probe = await PageProbe.attach(page);
  await page.goto(url);
  await page.waitForLoadState('load');
  const result = await probe.run(fn);
  await page.close();
  return result;
}

/** Closes the card if one is open (it may cover the controls the reader types into). */
async function closeCard({ page, probe }: Visit, { escape = true } = {}): Promise<void> {
  await page.mouse.move(1, 1);
  // Escape also light-dismisses the page's own auto popovers: a page test may not want it.
  if (escape) await page.keyboard.press('Escape');
  const start = Date.now();
  while ((await probe.inShadowOf('eclairage-card', (root) => root.querySelector(':popover-open') !== null)) === true) {
    if (Date.now() - start > 5000) throw new Error('the card did not close');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface CardReading {
  open: boolean;
  entity: string | null;
  background: string;
  fontSize: string;
  width: number;
  rect: { x: number; y: number; width: number; height: number };
}

/** Waits for the card to be open, and reads it through its closed shadow root. */
async function waitForCard(probe: PageProbe): Promise<CardReading> {
  const start = Date.now();
  for (;;) {
    const card = await probe.inShadowOf('eclairage-card', (root) => {
      const popover = root.querySelector<HTMLElement>('.ecl-popover');
      const element = root.querySelector<HTMLElement>('.ecl-card');
      const r = popover?.getBoundingClientRect();
      return {
        open: popover?.matches(':popover-open') ?? false,
        entity: element?.getAttribute('data-entity') ?? null,
        background: element ? getComputedStyle(element).backgroundColor : '',
        fontSize: element ? getComputedStyle(element).fontSize : '',
        width: element?.getBoundingClientRect().width ?? 0,
        rect: { x: r?.x ?? 0, y: r?.y ?? 0, width: r?.width ?? 0, height: r?.height ?? 0 },
      };
    });
    if (card?.open && card.entity) return card;
    if (Date.now() - start > 8000) throw new Error(`the card did not open: ${JSON.stringify(card)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
