import type { Page } from 'playwright-core';
import { SENTINEL_ID } from './pages/page-shell';

/**
 * Small functions the harness runs in the page. They wait on events (performance marks,
 * animation frames) rather than poll, so that waiting costs the measured main thread next
 * to nothing.
 *
 * tsx and Vite compile them with esbuild's `keepNames`, which wraps named functions in a
 * `__name(…)` helper that the page does not have; `PAGE_HELPERS` gives it one.
 */
export const PAGE_HELPERS = 'window.__name = window.__name || ((target) => target);';

/** A performance mark, as the page's timeline has it. */
export interface MarkEntry {
  name: string;
  startTime: number;
  detail: unknown;
}

/**
 * Resolves once the page's content is parsed (the parser then waits on the held script)
 * and rendered: two frames, then an idle moment.
 */
export async function waitForRenderedContent(page: Page): Promise<void> {
  await page.waitForSelector(`#${SENTINEL_ID}`, { state: 'attached', timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 1000 })),
        ),
      ),
  );
}

/** Resolves with the first of these marks, as soon as the page writes it. */
export function waitForMark(page: Page, names: readonly string[], timeoutMs = 120_000): Promise<MarkEntry> {
  return page.evaluate(
    ([wanted, timeout]) =>
      new Promise<MarkEntry>((resolve, reject) => {
        const find = () => {
          for (const name of wanted) {
            const entry = performance.getEntriesByName(name, 'mark')[0] as PerformanceMark | undefined;
            if (entry) return { name, startTime: entry.startTime, detail: entry.detail as unknown };
          }
          return undefined;
        };
        const found = find();
        if (found) return resolve(found);
        const timer = setTimeout(
          () => reject(new Error(`no mark ${wanted.join(' or ')} after ${timeout} ms`)),
          timeout,
        );
        const observer = new PerformanceObserver(() => {
          const entry = find();
          if (!entry) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(entry);
        });
        observer.observe({ type: 'mark' });
      }),
    [names, timeoutMs] as const,
  );
}

/**
 * Resolves `quietMs` after the last of the marks `name` written after `since` (page time),
 * once at least one has been written after it; or after `timeoutMs`, resolving false.
 */
export function waitForQuietAfter(
  page: Page,
  name: string,
  since: number,
  quietMs: number,
  timeoutMs = 20_000,
): Promise<boolean> {
  return page.evaluate(
    ([mark, after, quiet, timeout]) =>
      new Promise<boolean>((resolve) => {
        const started = performance.now();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const observer = new PerformanceObserver(() => arm());
        const finish = (settled: boolean) => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(settled);
        };
        const arm = () => {
          const marks = performance.getEntriesByName(mark, 'mark').filter((entry) => entry.startTime > after);
          clearTimeout(timer);
          if (performance.now() - started > timeout) return finish(false);
          if (marks.length === 0) timer = setTimeout(arm, quiet);
          else timer = setTimeout(() => finish(true), quiet);
        };
        observer.observe({ type: 'mark' });
        arm();
      }),
    [name, since, quietMs, timeoutMs] as const,
  );
}

/** Resolves after `ms` of the page's own time. */
export function pageDelay(page: Page, ms: number): Promise<void> {
  return page.evaluate((delay) => new Promise<void>((resolve) => setTimeout(resolve, delay)), ms);
}

/** Resolves when the page has loaded and had an idle moment, as the extension waits. */
export function waitForLoadAndIdle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const idle = () => requestIdleCallback(() => resolve(), { timeout: 3000 });
        if (document.readyState === 'complete') idle();
        else window.addEventListener('load', idle, { once: true });
      }),
  );
}

/** Two animation frames: the style, layout and paint that the last DOM writes caused are done. */
export function waitForTwoFrames(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** What the page knows after a run: its DOMContentLoaded time, marks, long tasks and highlights. */
export interface PageFacts {
  domContentLoaded: number;
  marks: MarkEntry[];
  longTasks: [number, number][];
  /** The first DOM change after DOMContentLoaded (page time), if any. */
  firstChange: number | null;
  highlights: number;
  /** Highlights inside `#feed`, for the infinite-scroll page. */
  feedHighlights: number;
  textNodes: number;
}

export function readPageFacts(page: Page, highlightSelector: string): Promise<PageFacts> {
  return page.evaluate((selector) => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    while (walker.nextNode()) textNodes++;
    const longTasks = (window as unknown as { __benchLongTasks?: [number, number][] }).__benchLongTasks ?? [];
    return {
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
      marks: performance.getEntriesByType('mark').map((entry) => ({
        name: entry.name,
        startTime: entry.startTime,
        detail: (entry as PerformanceMark).detail as unknown,
      })),
      longTasks,
      firstChange: (window as unknown as { __benchFirstChange?: number }).__benchFirstChange ?? null,
      highlights: selector ? document.querySelectorAll(selector).length : 0,
      feedHighlights: selector ? document.querySelectorAll(`#feed ${selector}`).length : 0,
      textNodes,
    };
  }, highlightSelector);
}
