import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { projectRoot } from '../../../data/compiler/read-seeds';
import { currentRun, NetworkRecorder, REQUEST_LOG, type ExtensionRequest } from './network-recorder';

import { CHROMIUM_FLAGS, CHROMIUM_PATH, EXTENSION_DIR, setTimingMarks } from './chromium';

export { CHROMIUM_PATH, EXTENSION_DIR };

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The profile folder, kept between launches when a test restarts the browser. */
  profileDir: string;
  /** Errors thrown in any page of the context, with the page's URL. */
  pageErrors: string[];
  /**
   * Network requests the extension made in this browser so far (service worker, extension
   * pages, content scripts); also appended to the suite's log. Should stay empty.
   */
  extensionRequests: ExtensionRequest[];
  /** A new tab, whose requests are recorded from its first navigation on. */
  newPage: () => Promise<Page>;
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

export interface LaunchOptions {
  /** The browser's interface language, e.g. `fr` or `en-US`. */
  lang?: string;
  /** Reuse a profile (settings survive a restart). */
  profileDir?: string;
  /** Another unpacked extension to load instead of the build (e.g. a patched copy of it). @default EXTENSION_DIR */
  extensionDir?: string;
  /**
   * Where the extension's requests are appended for the suite's total; `null` keeps them
   * out of it (a test extension that makes requests on purpose). @default REQUEST_LOG
   */
  requestLog?: string | null;
  /**
   * Lets Chromium keep pages in the back/forward cache, which Playwright turns off by
   * default (a page restored from it is not reloaded, and its content script not re-run).
   * @default false
   */
  backForwardCache?: boolean;
  /** More Chromium switches, e.g. `--enable-unsafe-extension-debugging` for CDP's `Extensions` domain. */
  extraArgs?: string[];
  /**
   * Waits this long before the request recorder starts listening, so that the service
   * worker's start-up is surely over by then (the recorder must still see what it asked
   * for). @default 0
   */
  recordAfterMs?: number;
}

/** The test file that launched the browser, for the request log. */
function testFile(): string {
  const path = expect.getState().testPath;
  return path ? relative(projectRoot, path) : 'unknown';
}

/** Starts headless Chromium with the built extension loaded in a fresh (or given) profile. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'eclairage-profile-'));
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: options.lang ?? 'en-US',
    ignoreDefaultArgs: options.backForwardCache ? ['--disable-back-forward-cache'] : undefined,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${options.lang ?? 'en-US'}`,
      ...CHROMIUM_FLAGS,
      ...(options.extraArgs ?? []),
    ],
  });
  // The extension's id is the host of its service worker's URL.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The tests wait for the content script's pass marks.
  await setTimingMarks(worker, true);
  const requestLog = options.requestLog === undefined ? REQUEST_LOG : options.requestLog;
  const recorder = new NetworkRecorder(
    context,
    extensionId,
    requestLog === null ? null : { path: requestLog, run: currentRun(), file: testFile(), extensionDir },
  );
  if (options.recordAfterMs) await new Promise((resolve) => setTimeout(resolve, options.recordAfterMs));
  await recorder.start();
  const pageErrors: string[] = [];
  const watch = (page: Page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    extensionId,
    profileDir,
    pageErrors,
    extensionRequests: recorder.requests,
    newPage: async () => {
      const page = await context.newPage();
      await recorder.attach(page);
      return page;
    },
    close: async ({ keepProfile = false } = {}) => {
      await recorder.stop();
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
