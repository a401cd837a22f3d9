import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, EXTENSION_DIR, setTimingMarks } from '../e2e/support/chromium';
import { PAGE_HELPERS } from './page-probes';

/*
 * The end-to-end tests' Chromium, with their flags (`test/e2e/support/chromium.ts`). The
 * benchmark launches it itself, without the tests' network recorder, whose per-page
 * protocol traffic would be measured with the pages.
 */
export { CHROMIUM_PATH, EXTENSION_DIR };

/** Where a variant runs: with the built extension loaded, or in the same Chromium without it. */
export type BrowserKind = 'extension' | 'plain';

export interface BenchBrowsers {
  contexts: Record<BrowserKind, BrowserContext>;
  close: () => Promise<void>;
}

const FLAGS = ['--lang=en-US', ...CHROMIUM_FLAGS];

/**
 * Registered in every page before any of its scripts, so that no long task escapes it:
 * each `longtask` entry goes to `window.__benchLongTasks` as [start, duration] (ms).
 */
const LONG_TASK_OBSERVER = `
window.__benchLongTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__benchLongTasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });
`;

/**
 * The time of the first change to the page's DOM after DOMContentLoaded (a variant's first
 * write, on the pages that do not change themselves), as `window.__benchFirstChange`: the
 * frames before it render only what the page itself parsed. One callback, then it stops.
 */
const FIRST_CHANGE_OBSERVER = `
document.addEventListener('DOMContentLoaded', () => {
  const observer = new MutationObserver(() => {
    window.__benchFirstChange = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
});
`;

async function launch(extensionDir: string | null): Promise<{ context: BrowserContext; profileDir: string }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'eclairage-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'en-US',
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      ...FLAGS,
    ],
  });
  // With the extension: ready once its service worker runs.
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The harness reads the content script's marks (see `messaging/timing-marks.ts`).
    await setTimingMarks(worker, true);
  }
  await context.addInitScript(PAGE_HELPERS + LONG_TASK_OBSERVER + FIRST_CHANGE_OBSERVER);
  return { context, profileDir };
}

/**
 * Chromiums with the same flags: one with the built extension, one without it (the page
 * alone and the in-page baselines).
 */
export async function launchBenchBrowsers(): Promise<BenchBrowsers> {
  const launched: [BrowserKind, { context: BrowserContext; profileDir: string }][] = [
    ['extension', await launch(EXTENSION_DIR)],
    ['plain', await launch(null)],
  ];
  return {
    contexts: Object.fromEntries(launched.map(([kind, { context }]) => [kind, context])) as Record<
      BrowserKind,
      BrowserContext
    >,
    close: async () => {
      for (const [, { context, profileDir }] of launched) {
        await context.close();
        rmSync(profileDir, { recursive: true, force: true });
      }
    },
  };
}
