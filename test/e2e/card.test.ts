import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { waitForHighlights } from './support/highlights';
import { projectRoot } from '../../data/compiler/read-seeds';
import { dataset } from '../../data/dataset';
import { DatasetIndex } from '../../data/queries/lookup';
import { formatForCopy } from '../../components/card/copy-format';
import { OPEN_DELAY_MS } from '../../entrypoints/content/card/hover-intent';
import { CARD_BUNDLE_PATH } from '../../entrypoints/content/card-loader';
import { ExtensionFetches } from '../bench/extension-fetches';

const index = new DatasetIndex(dataset);
const SCREENSHOTS = join(projectRoot, 'test-results', 'screenshots');
const AXE = join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js');
const HOST = 'eclairage-card';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The card is in a closed shadow root: page scripts see `host.shadowRoot === null`, and so
 * does Playwright. The DevTools protocol sees closed roots (`pierce: true`): the test
 * resolves the real shadow root into the page's main world as `window.__eclCard`, and for
 * axe gives the host a `shadowRoot` getter in that world only. The extension's own world
 * is untouched; what is audited and measured is the card the reader gets.
 */
async function exposeCard(page: Page): Promise<void> {
  await page.waitForSelector(HOST, { state: 'attached', timeout: 10_000 });
  if (await page.evaluate(() => '__eclCard' in window)) return;
  const cdp = await page.context().newCDPSession(page);
  try {
    interface DomNode {
      localName?: string;
      backendNodeId: number;
      children?: DomNode[];
      shadowRoots?: DomNode[];
    }
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined => {
      if (node.localName === HOST) return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) throw new Error('no shadow root on the card host');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () {
        window.__eclCard = this;
        Object.defineProperty(this.host, 'shadowRoot', { get: () => this, configurable: true });
      }`,
    });
  } finally {
    await cdp.detach();
  }
}

type CardWindow = Window & { __eclCard?: ShadowRoot };

/** What a test needs to know about the card, read through the exposed shadow root. */
interface CardState {
  open: boolean;
  entity: string | null;
  theme: string | null;
  rect: Rect | null;
  focusInCard: boolean;
  name: string | null;
}

function cardState(page: Page): Promise<CardState> {
  return page.evaluate(() => {
    const root = (window as CardWindow).__eclCard;
    const popover = root?.querySelector<HTMLElement>('.ecl-popover');
    const card = root?.querySelector<HTMLElement>('.ecl-card');
    const open = popover?.matches(':popover-open') ?? false;
    // The popover's box: the card inside it may still be sliding in.
    const r = open && popover ? popover.getBoundingClientRect() : null;
    return {
      open,
      entity: open ? (card?.getAttribute('data-entity') ?? null) : null,
      theme: popover?.getAttribute('data-theme') ?? null,
      rect: r && { x: r.x, y: r.y, width: r.width, height: r.height },
      focusInCard: root !== undefined && document.activeElement === root.host,
      name: open ? (root?.querySelector('.ecl-card-name')?.textContent ?? null) : null,
    };
  });
}

async function waitForCard(page: Page, open = true): Promise<CardState> {
  if (open) await exposeCard(page);
  await page.waitForFunction(
    (expected) => {
      const popover = (window as CardWindow).__eclCard?.querySelector('.ecl-popover');
      return (popover?.matches(':popover-open') ?? false) === expected;
    },
    open,
    { timeout: 5_000, polling: 50 },
  );
  return cardState(page);
}

/** The centre of an element inside the card, for real (trusted) mouse clicks. */
async function cardPoint(page: Page, selector: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    async ([selector, nth]) => {
      const root = (window as CardWindow).__eclCard;
      // A card still sliding in moves under the pointer: click where it comes to rest.
      const popover = root?.querySelector('.ecl-popover');
      await Promise.all((popover?.getAnimations({ subtree: true }) ?? []).map((animation) => animation.finished));
      const element = root?.querySelectorAll(selector as string)[nth as number];
      // The card's body scrolls: bring the control into view, as a reader would.
      element?.scrollIntoView({ block: 'nearest' });
      const r = element?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    },
    [selector, nth] as const,
  );
  if (!point) throw new Error(`nothing at ${selector} [${nth}] in the card`);
  return point;
}

async function clickInCard(page: Page, selector: string, nth = 0): Promise<void> {
  const { x, y } = await cardPoint(page, selector, nth);
  await page.mouse.click(x, y);
}

function activeHighlight(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active?.localName === 'eclairage-mark'
      ? {
          entity: active.getAttribute('data-entity'),
          where: active.closest('[id]')?.id,
          tabindex: active.getAttribute('tabindex'),
        }
      : null;
  });
}

async function openPage(browser: ExtensionBrowser, url: string): Promise<Page> {
  return openPageAt(await browser.newPage(), url);
}

async function openPageAt(page: Page, url: string): Promise<Page> {
  await page.goto(url);
  await waitForHighlights(page);
  // The tab stops are chosen a moment after the highlights settle.
  await page.waitForSelector('eclairage-mark[tabindex="0"]', { state: 'attached', timeout: 5_000 });
  return page;
}

/** No card open, the pointer in a corner, the page at its top. */
async function resetPage(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.click(2, 2);
  await page.mouse.move(2, 2);
  await page.evaluate(() => window.scrollTo(0, 0));
  if (await page.evaluate(() => '__eclCard' in window)) await waitForCard(page, false);
}

const HDH_FIRST = '#first eclairage-mark[data-entity="health-data-hub"]';

async function axeAudit(page: Page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (host) => {
    type AxeNode = { target: unknown[] };
    type AxeResult = { id: string; impact: string; help: string; nodes: AxeNode[] };
    const axe = (
      window as unknown as {
        axe: { run: (context: Element, options: object) => Promise<{ violations: AxeResult[]; passes: AxeResult[] }> };
      }
    ).axe;
    const results = await axe.run(document.querySelector(host)!, { resultTypes: ['violations', 'passes'] });
    const inside = (node: AxeNode) => Array.isArray(node.target[0]);
    return {
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target),
      })),
      // Checks axe ran inside the shadow root (its targets are [host, inner] pairs there).
      passedInside: results.passes.filter((p) => p.nodes.some(inside)).map((p) => p.id),
    };
  }, HOST);
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await server?.close();
});

describe('the sourced card on a light page (English browser)', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'en-US' });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    page = await openPage(browser, server.url('card-light.html'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens on hover after an intent delay, stays while the pointer travels into it, closes once it left both', async () => {
    await page.mouse.move(2, 2);
    const box = (await page.locator(HDH_FIRST).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(OPEN_DELAY_MS / 3);
    expect(await page.evaluate(() => document.querySelector('eclairage-card')?.isConnected ?? false)).toBe(false);
    const opened = await waitForCard(page);
    expect(opened).toMatchObject({
      open: true,
      entity: 'health-data-hub',
      name: 'Health Data Hub',
      focusInCard: false,
    });
    // Hover does not move focus, and the page cannot see into the card.
    expect(await page.evaluate((host) => document.querySelector(host)!.getAttribute('data-eclairage-ui'), HOST)).toBe(
      '',
    );

    const card = opened.rect!;
    await page.mouse.move(card.x + 40, card.y + 30, { steps: 10 });
    await page.waitForTimeout(800);
    expect((await cardState(page)).open).toBe(true);
    await page.mouse.move(card.x + card.width + 150, card.y + card.height + 150, { steps: 4 });
    await page.waitForTimeout(100);
    expect((await cardState(page)).open, 'a short grace period').toBe(true);
    await waitForCard(page, false);
  });

  it('shows the name, kind, recency, summary and facts, each statement with numbered references', async () => {
    await page.click(HDH_FIRST);
    await waitForCard(page);
    const entity = index.entity('health-data-hub')!;
    const content = await page.evaluate(() => {
      const root = (window as CardWindow).__eclCard!;
      const text = (selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim());
      return {
        kind: text('.ecl-card-kind'),
        recency: text('.ecl-card-recency'),
        summary: text('.ecl-card-summary')[0],
        refsPerStatement: [...root.querySelectorAll('.ecl-statement')].map(
          (s) => s.querySelectorAll('.ecl-ref').length,
        ),
        factDates: text('.ecl-fact-date'),
        dialog: root.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby'),
      };
    });
    expect(content.kind).toEqual(['Public body']);
    expect(content.recency[0]).toMatch(/^Sources up to (about )?[A-Z]?[a-z]* ?20\d\d$/u);
    for (const sentence of entity.sentences) expect(content.summary).toContain(sentence.text.en);
    expect(content.refsPerStatement).toEqual([...entity.sentences, ...entity.facts].map((s) => s.refs.length));
    expect(content.refsPerStatement.every((n) => n > 0)).toBe(true);
    expect(content.factDates.length).toBe(entity.facts.filter((fact) => fact.date).length);
    expect(content.dialog).toBeTruthy();
  });

  it('opens a reference: the quote highlighted in its context, with the source’s metadata', async () => {
    const entity = index.entity('health-data-hub')!;
    const citation = entity.citations[0]!;
    const source = index.source(citation.source)!;
    // Where focus is just after the click's own task: a key pressed at once must reach the quote.
    await page.evaluate(() => {
      const w = window as CardWindow & { __focusAfterClick?: string };
      window.addEventListener(
        'click',
        () => queueMicrotask(() => (w.__focusAfterClick = w.__eclCard?.activeElement?.className ?? 'none')),
        { once: true },
      );
    });
    await clickInCard(page, '.ecl-ref');
    expect(await page.evaluate(() => (window as { __focusAfterClick?: string }).__focusAfterClick)).toBe(
      'ecl-source-viewer',
    );
    const viewer = await page.evaluate(() => {
      const root = (window as CardWindow).__eclCard!;
      const panel = root.querySelector('.ecl-source-viewer');
      return {
        mark: panel?.querySelector('mark')?.textContent,
        excerpt: panel?.querySelector('.ecl-excerpt')?.textContent ?? '',
        kind: panel?.querySelector('.ecl-source-kind')?.textContent,
        meta: panel?.querySelector('.ecl-source-meta')?.textContent ?? '',
      };
    });
    expect(viewer.mark).toBe(source.text.slice(citation.start, citation.end));
    expect(viewer.excerpt.length).toBeGreaterThan(viewer.mark!.length + 40);
    expect(viewer.kind).toBe(
      {
        'news-article': 'News article',
        'wire-story': 'Wire story',
        'parliamentary-question': 'Parliamentary written question',
      }[source.kind],
    );
    expect(viewer.meta).toContain(source.title);
    if (source.outlet) expect(viewer.meta).toContain(source.outlet);
    if (source.author) expect(viewer.meta).toContain(source.author);
    // Escape in the quote closes the quote, not the card.
    await page.keyboard.press('Escape');
    const after = await page.evaluate(() => (window as CardWindow).__eclCard!.querySelector('.ecl-source-viewer'));
    expect(after).toBeNull();
    expect((await cardState(page)).open).toBe(true);
  });

  it('copies the summary with its sources, as plain text and as Markdown', async () => {
    const expected = formatForCopy(index.entity('health-data-hub')!, (id) => index.source(id), 'en');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await clickInCard(page, '.ecl-copy button', 0);
    await page.waitForFunction(
      () => (window as CardWindow).__eclCard!.querySelector('[role="status"]')?.textContent !== '',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.text);
    await clickInCard(page, '.ecl-copy button', 1);
    await page.waitForFunction((md) => navigator.clipboard.readText().then((text) => text === md), expected.markdown);
    expect(expected.text).toContain('[1] ');
  });

  it('shows a related entity’s card anchored to the same highlight', async () => {
    const related = index.entity('health-data-hub')!.related[0]!;
    await clickInCard(page, `.ecl-related-entity[data-entity="${related}"]`);
    await page.waitForFunction(
      (id) => (window as CardWindow).__eclCard!.querySelector('.ecl-card')?.getAttribute('data-entity') === id,
      related,
    );
    const after = await cardState(page);
    expect(after).toMatchObject({
      open: true,
      entity: related,
      name: index.entity(related)!.name.en,
      focusInCard: true,
    });
    // Beside the same mention: just below it, or just above it when there is no room below.
    const mark = (await page.locator(HDH_FIRST).boundingBox())!;
    const card = after.rect!;
    const gapBelow = card.y - (mark.y + mark.height);
    const gapAbove = mark.y - (card.y + card.height);
    expect(Math.min(Math.abs(gapBelow - 6), Math.abs(gapAbove - 6))).toBeLessThan(2);
    expect(Math.abs(card.x - mark.x)).toBeLessThan(2);
  });

  it('closes on an outside click; one card at a time', async () => {
    await page.click('h1');
    await waitForCard(page, false);
    await page.click(HDH_FIRST);
    await waitForCard(page);
    await page.click('#first eclairage-mark[data-entity="cnil"]');
    await page.waitForFunction(
      () => (window as CardWindow).__eclCard!.querySelector('.ecl-card')?.getAttribute('data-entity') === 'cnil',
    );
    expect(await page.evaluate((host) => document.querySelectorAll(host).length, HOST)).toBe(1);
    expect(await page.evaluate(() => (window as CardWindow).__eclCard!.querySelectorAll('.ecl-card').length)).toBe(1);
    await page.mouse.click(5, 5);
    await waitForCard(page, false);
  });

  it('gives each entity one tab stop: focus opens, Enter enters, Escape closes and returns focus', async () => {
    await resetPage(page);
    const stops = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('eclairage-mark:not([data-continued])')];
      const eligible = marks.filter((m) => !m.parentElement?.closest('a[href]'));
      const firsts = new Map<string, Element>();
      for (const m of eligible)
        if (!firsts.has(m.getAttribute('data-entity')!)) firsts.set(m.getAttribute('data-entity')!, m);
      const focusable = [...document.querySelectorAll('eclairage-mark[tabindex="0"]')];
      return {
        entities: firsts.size,
        focusable: focusable.length,
        allFirst: focusable.every((m) => firsts.get(m.getAttribute('data-entity')!) === m),
        roles: focusable.map(
          (m) => `${m.getAttribute('role')}|${m.getAttribute('aria-haspopup')}|${m.getAttribute('aria-expanded')}`,
        ),
        describedHdh: document
          .querySelector('eclairage-mark[data-entity="health-data-hub"][tabindex="0"]')
          ?.getAttribute('aria-description'),
        marks: marks.length,
      };
    });
    expect(stops.marks).toBeGreaterThan(stops.focusable);
    expect(stops.focusable).toBe(stops.entities);
    expect(stops.allFirst).toBe(true);
    expect(new Set(stops.roles)).toEqual(new Set(['button|dialog|false']));
    expect(stops.describedHdh).toBe('Éclairage: sourced card on Health Data Hub');

    await page.focus('#start');
    await page.keyboard.press('Tab');
    expect(await activeHighlight(page)).toEqual({ entity: 'health-data-hub', where: 'first', tabindex: '0' });
    expect(await waitForCard(page)).toMatchObject({ open: true, entity: 'health-data-hub', focusInCard: false });
    expect(await page.getAttribute(HDH_FIRST, 'aria-expanded')).toBe('true');

    await page.keyboard.press('Enter');
    await page.waitForFunction((host) => document.activeElement === document.querySelector(host), HOST);
    expect(await page.evaluate(() => (window as CardWindow).__eclCard!.activeElement?.getAttribute('role'))).toBe(
      'dialog',
    );
    // Shift+Tab before the card's first control goes back to the highlight.
    await page.keyboard.press('Shift+Tab');
    expect(await activeHighlight(page)).toMatchObject({ entity: 'health-data-hub', where: 'first' });
    await page.keyboard.press('Enter');
    await page.waitForFunction((host) => document.activeElement === document.querySelector(host), HOST);
    await page.keyboard.press('Tab');
    expect((await cardState(page)).focusInCard).toBe(true);

    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect(await activeHighlight(page)).toEqual({ entity: 'health-data-hub', where: 'first', tabindex: '0' });
    expect(await page.getAttribute(HDH_FIRST, 'aria-expanded')).toBe('false');

    // The next Tab goes to the next entity's tab stop, skipping the later mentions of this one.
    const next = await page.evaluate(() =>
      document.querySelectorAll('eclairage-mark[tabindex="0"]')[1]!.getAttribute('data-entity'),
    );
    expect(next).not.toBe('health-data-hub');
    await page.keyboard.press('Tab');
    expect(await activeHighlight(page)).toMatchObject({ entity: next, tabindex: '0' });
    expect((await waitForCard(page)).entity).toBe(next);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
  });

  it('returns focus to a highlight that is not a tab stop after Escape', async () => {
    await resetPage(page);
    const second = '#second eclairage-mark[data-entity="health-data-hub"]';
    await page.click(second);
    expect((await waitForCard(page)).focusInCard).toBe(true);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect(await activeHighlight(page)).toEqual({ entity: 'health-data-hub', where: 'second', tabindex: '-1' });
  });

  it('opens from a link naming an entity: Tab to the link shows the card, Alt+↓ enters, Escape returns to the link', async () => {
    await resetPage(page);
    const link = '#linked a';
    // Tab through the page until the link, as a keyboard user does.
    await page.focus('#start');
    for (let i = 0; i < 20 && !(await page.evaluate((s) => document.activeElement?.matches(s), link)); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate((s) => document.activeElement?.matches(s), link)).toBe(true);
    expect(await waitForCard(page)).toMatchObject({ entity: 'health-data-hub', focusInCard: false });
    const told = await page.evaluate(async () => {
      const root = (window as CardWindow).__eclCard!;
      const region = root.querySelector('[aria-live="polite"]');
      // The announcement comes a beat after the card (see `CardHost.announce`).
      for (let i = 0; i < 40 && !region?.textContent; i++) await new Promise((r) => setTimeout(r, 25));
      return { hint: root.querySelector('.ecl-card-key-hint')?.textContent, announced: region?.textContent };
    });
    expect(told).toEqual({
      hint: 'Alt + ↓ to enter the card',
      announced: 'Éclairage: sourced card on Health Data Hub. Alt + Down arrow to enter it.',
    });

    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForFunction((host) => document.activeElement === document.querySelector(host), HOST);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    const after = await page.evaluate((s) => {
      const active = document.activeElement;
      return {
        onLink: active?.matches(s),
        // Nothing written on the page's link; the announcement is taken back.
        tabindex: active?.getAttribute('tabindex') ?? null,
        announced: (window as CardWindow).__eclCard!.querySelector('[aria-live="polite"]')?.textContent,
      };
    }, link);
    expect(after).toEqual({ onLink: true, tabindex: null, announced: '' });
    // The card does not come back on its own: focus returning to the link is not a new visit.
    await page.waitForTimeout(200);
    expect((await cardState(page)).open).toBe(false);
  });

  it('does not open from a link the mouse clicked', async () => {
    await resetPage(page);
    // Clicked where the link has no highlight, so that hovering cannot open the card either.
    const box = (await page.locator('#linked a').boundingBox())!;
    await page.mouse.click(box.x + 3, box.y + box.height / 2);
    expect(await page.evaluate(() => document.activeElement?.matches('#linked a'))).toBe(true);
    await page.waitForTimeout(OPEN_DELAY_MS + 200);
    expect((await cardState(page)).open).toBe(false);
  });

  it('places the card under a highlight wrapped over two lines, from either line, never over it', async () => {
    const lines = () =>
      page.evaluate(() => {
        // At the top of the viewport, so that the card has room below the line it anchors to.
        document.getElementById('wrapped')!.scrollIntoView({ block: 'start' });
        const pieces = [...document.querySelectorAll('#wrapped eclairage-mark')];
        return pieces.flatMap((p) =>
          [...p.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height, bottom: r.bottom })),
        );
      });
    for (const which of [1, 0]) {
      await resetPage(page);
      const rects = await lines();
      expect(rects).toHaveLength(2);
      const line = rects[which]!;
      const last = rects[1]!;
      await page.mouse.move(line.x + Math.min(10, line.width / 2), line.y + line.height / 2, { steps: 3 });
      const state = await waitForCard(page);
      expect(state.entity).toBe('cnil');
      // Below the line nearest the card, and aligned with it.
      expect(Math.abs(state.rect!.y - (last.bottom + 6))).toBeLessThan(2);
      expect(Math.abs(state.rect!.x - last.x)).toBeLessThan(2);
    }
    await resetPage(page);
  });

  it('opens on a tap and closes on a tap outside (touch)', async () => {
    await resetPage(page);
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      const tap = async (x: number, y: number) => {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      };
      const box = (await page.locator('#second eclairage-mark[data-entity="cnil"]').boundingBox())!;
      await tap(box.x + box.width / 2, box.y + box.height / 2);
      expect((await waitForCard(page)).entity).toBe('cnil');
      const h1 = (await page.locator('h1').boundingBox())!;
      await tap(h1.x + 10, h1.y + h1.height / 2);
      await waitForCard(page, false);
    } finally {
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
      await cdp.detach();
    }
  });

  it('ignores events made up by page scripts', async () => {
    await resetPage(page);
    await page.evaluate((selector) => {
      const mark = document.querySelector(selector)!;
      mark.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
      mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }, '#second eclairage-mark[data-entity="secnumcloud"]');
    await page.waitForTimeout(OPEN_DELAY_MS * 2);
    expect((await cardState(page)).open).toBe(false);
    // Nor can they close an open card.
    await page.click(HDH_FIRST);
    await waitForCard(page);
    await page.evaluate(() => {
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await page.waitForTimeout(100);
    expect((await cardState(page)).open).toBe(true);
    await resetPage(page);
  });

  it('opens the timeline filtered on the entity', async () => {
    await page.click(HDH_FIRST);
    await waitForCard(page);
    const [timeline] = await Promise.all([
      browser.context.waitForEvent('page', { timeout: 10_000 }),
      clickInCard(page, '.ecl-timeline-link'),
    ]);
    await timeline.waitForLoadState();
    expect(timeline.url()).toBe(`chrome-extension://${browser.extensionId}/popup.html#timeline?entity=health-data-hub`);
    await timeline.close();
    await page.bringToFront();
    await resetPage(page);
  });

  it('takes the light theme on a light page even when the system is dark; respects reduced motion', async () => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'no-preference' });
    await page.click(HDH_FIRST);
    expect((await waitForCard(page)).theme).toBe('light');
    const animation = () =>
      page.evaluate(
        () => getComputedStyle((window as CardWindow).__eclCard!.querySelector('.ecl-card')!).animationName,
      );
    expect(await animation()).toBe('ecl-card-in');
    await resetPage(page);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.click(HDH_FIRST);
    await waitForCard(page);
    expect(await animation()).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('passes an axe audit with zero violations, and is saved as a screenshot', async () => {
    await clickInCard(page, '.ecl-ref');
    const { violations, passedInside } = await axeAudit(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    expect(passedInside).toEqual(expect.arrayContaining(['color-contrast', 'button-name', 'aria-dialog-name']));
    await page.screenshot({ path: join(SCREENSHOTS, 'card-light.png') });
    await page.keyboard.press('Escape');
  });

  it('throws no error in the page', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('the sourced card on a dark page', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'en-US' });
    page = await openPage(browser, server.url('card-dark.html'));
    await page.emulateMedia({ colorScheme: 'light' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes the dark theme from the page’s background, though the system is light', async () => {
    await page.click(HDH_FIRST);
    const state = await waitForCard(page);
    expect(state.theme).toBe('dark');
    const background = await page.evaluate(
      () => getComputedStyle((window as CardWindow).__eclCard!.querySelector('.ecl-card')!).backgroundColor,
    );
    expect(background).toBe('rgb(22, 25, 29)');
  });

  it('passes an axe audit with zero violations, and is saved as a screenshot', async () => {
    await clickInCard(page, '.ecl-ref');
    const { violations, passedInside } = await axeAudit(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    expect(passedInside).toEqual(expect.arrayContaining(['color-contrast', 'button-name', 'aria-dialog-name']));
    await page.screenshot({ path: join(SCREENSHOTS, 'card-dark.png') });
    await page.keyboard.press('Escape');
  });
});

describe('the card’s place on the page', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'en-US' });
    page = await browser.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(server.url('card-edges.html'));
    await waitForHighlights(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const inViewport = async () => {
    const { rect } = await cardState(page);
    const viewport = page.viewportSize()!;
    return (
      rect!.x >= 0 &&
      rect!.y >= 0 &&
      rect!.x + rect!.width <= viewport.width &&
      rect!.y + rect!.height <= viewport.height
    );
  };

  for (const corner of ['top-left', 'top-right', 'bottom-left', 'bottom-right']) {
    it(`stays inside the viewport for a highlight at the ${corner} of the page`, async () => {
      await page.locator(`#${corner}`).scrollIntoViewIfNeeded();
      await page.click(`#${corner} eclairage-mark`);
      const state = await waitForCard(page);
      expect(state.open).toBe(true);
      expect(await inViewport()).toBe(true);
      // Not covering its own highlight: the card is beside the line, above or below.
      const mark = (await page.locator(`#${corner} eclairage-mark`).boundingBox())!;
      const card = state.rect!;
      expect(card.y >= mark.y + mark.height || card.y + card.height <= mark.y).toBe(true);
      await page.mouse.click(450, 450);
      await waitForCard(page, false);
    });
  }

  it('is never clipped by the page’s overflow or stacking, and follows scrolling', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('#clipped eclairage-mark');
    const state = await waitForCard(page);
    const card = state.rect!;
    // Every probe point of the card hits the card's host, above the page's z-index maximum overlay.
    const hits = await page.evaluate(
      ({ card, host }) =>
        [0.1, 0.5, 0.9].flatMap((fx) =>
          [0.1, 0.5, 0.9].map(
            (fy) => document.elementFromPoint(card.x + card.width * fx, card.y + card.height * fy)?.localName === host,
          ),
        ),
      { card, host: HOST },
    );
    expect(hits.every(Boolean)).toBe(true);
    await page.mouse.click(5, 590);
    await waitForCard(page, false);

    await page.locator('#middle').scrollIntoViewIfNeeded();
    await page.click('#middle eclairage-mark');
    const before = (await waitForCard(page)).rect!;
    await page.mouse.wheel(0, 120);
    await page.waitForFunction((y) => {
      const card = (window as CardWindow).__eclCard!.querySelector('.ecl-card')!;
      return Math.abs(card.getBoundingClientRect().y - (y - 120)) < 2;
    }, before.y);
    expect((await cardState(page)).open).toBe(true);
  });
});

describe('the card against a hostile page', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'en-US' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps its own styles, and works inside the page’s modal dialog', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('card-hostile.html'));
    await waitForHighlights(page);
    const pageStyle = () =>
      page.evaluate(
        () =>
          getComputedStyle(document.getElementById('in-dialog')!).cssText ||
          JSON.stringify([
            getComputedStyle(document.getElementById('in-dialog')!).fontSize,
            getComputedStyle(document.getElementById('in-dialog')!).color,
          ]),
      );
    const before = await pageStyle();
    await page.click('#in-dialog eclairage-mark');
    const state = await waitForCard(page);
    expect(state.entity).toBe('cnil');
    const styles = await page.evaluate(() => {
      const root = (window as CardWindow).__eclCard!;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
      const card = style('.ecl-card');
      return {
        font: card.fontSize,
        color: card.color,
        background: card.backgroundColor,
        width: card.width,
        name: style('.ecl-card-name').fontSize,
        ref: [style('.ecl-ref').fontSize, style('.ecl-ref').paddingLeft],
        height: root.querySelector('.ecl-card')!.getBoundingClientRect().height,
        hostShadow: document.querySelector('eclairage-card') !== null,
      };
    });
    expect(styles).toMatchObject({
      font: '14px',
      color: 'rgb(27, 31, 36)',
      background: 'rgb(255, 255, 255)',
      width: '380px',
      name: '18px',
    });
    expect(styles.ref).toEqual(['12px', '5px']);
    expect(styles.height).toBeGreaterThan(150);
    // Above the page's dialog, and live: a reference opens, and Escape closes only the card.
    const centre = await cardPoint(page, '.ecl-card-name');
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, centre)).toBe(HOST);
    await clickInCard(page, '.ecl-ref');
    await page.waitForFunction(() => (window as CardWindow).__eclCard!.querySelector('.ecl-source-viewer') !== null);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect(await page.evaluate(() => (document.getElementById('page-dialog') as HTMLDialogElement).open)).toBe(true);
    // Its styles did not reach the page.
    expect(await pageStyle()).toBe(before);
    expect(browser.pageErrors).toEqual([]);
  });

  it('is styled on a page whose CSP forbids every style', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('card-csp.html'));
    await waitForHighlights(page);
    await page.click('#first eclairage-mark[data-entity="cnil"]');
    await waitForCard(page);
    const styles = await page.evaluate(() => {
      const card = getComputedStyle((window as CardWindow).__eclCard!.querySelector('.ecl-card')!);
      return [card.borderTopLeftRadius, card.fontSize, card.width];
    });
    expect(styles).toEqual(['10px', '14px', '380px']);
  });
});

describe('the card bundle, loaded on the first gesture', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'en-US' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh page, with every extension file it fetches listed. */
  async function watchedPage(): Promise<{ page: Page; cardFetches: () => number }> {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    const fetches = new ExtensionFetches(cdp);
    await fetches.enable();
    await openPageAt(page, server.url('card-light.html'));
    return { page, cardFetches: () => fetches.urls.filter((url) => url.endsWith(CARD_BUNDLE_PATH)).length };
  }

  it('is not loaded by highlights alone: tab stops are there, described, before any card', async () => {
    const { page, cardFetches } = await watchedPage();
    await page.waitForTimeout(500);
    expect(cardFetches()).toBe(0);
    expect(await page.getAttribute(HDH_FIRST, 'aria-description')).toBe('Éclairage: sourced card on Health Data Hub');
    expect(await page.evaluate((host) => document.querySelector(host), HOST)).toBeNull();

    // The first hover loads it once, and the card opens as any other.
    const box = (await page.locator(HDH_FIRST).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
    expect(await waitForCard(page)).toMatchObject({ entity: 'health-data-hub', focusInCard: false });
    await page.mouse.move(2, 2);
    await waitForCard(page, false);
    await page.focus('#start');
    await page.keyboard.press('Tab');
    expect((await waitForCard(page)).entity).toBe('health-data-hub');
    expect(cardFetches()).toBe(1);
    await page.close();
  });

  it('takes a key pressed while it loads, which neither scrolls the page nor reaches it', async () => {
    const { page, cardFetches } = await watchedPage();
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      (window as Window & { __keys?: number }).__keys = 0;
      // A page listener in the bubbling phase: the key it gets was already cancelled.
      document.addEventListener('keydown', (event) => {
        if (event.key === ' ' && !event.defaultPrevented) (window as Window & { __keys?: number }).__keys! += 1;
      });
    });
    // Focus starts the load; Space comes at once, before the card is there.
    await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)!.focus(), HDH_FIRST);
    await page.keyboard.press('Space');
    expect(await waitForCard(page)).toMatchObject({ entity: 'health-data-hub' });
    await page.waitForFunction((host) => document.activeElement === document.querySelector(host), HOST);
    expect(await page.evaluate(() => (window as Window & { __keys?: number }).__keys)).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(cardFetches()).toBe(1);
    await page.close();
  });
});

describe('the card in a French browser', () => {
  it('speaks French', async () => {
    const browser = await launchWithExtension({ lang: 'fr' });
    try {
      const page = await openPage(browser, server.url('card-light.html'));
      await page.click(HDH_FIRST);
      await waitForCard(page);
      const text = await page.evaluate(() => {
        const root = (window as CardWindow).__eclCard!;
        return [
          root.querySelector('.ecl-card-kind')?.textContent,
          root.querySelector('h3')?.textContent,
          root.querySelector('.ecl-card')?.getAttribute('lang'),
        ];
      });
      expect(text).toEqual(['Organisme public', 'Faits clés', 'fr']);
      expect(await page.getAttribute(HDH_FIRST, 'aria-description')).toBe(
        'Éclairage : fiche sourcée sur Health Data Hub',
      );
    } finally {
      await browser.close();
    }
  });
});
