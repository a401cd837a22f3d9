import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../../data/compiler/read-seeds';

/**
 * Debian's Chromium by default. Elsewhere, point `ECLAIRAGE_CHROMIUM` at a Chromium or
 * Chrome for Testing binary: branded Google Chrome ignores `--load-extension`.
 */
export const CHROMIUM_PATH = process.env.ECLAIRAGE_CHROMIUM ?? '/usr/bin/chromium';

/** The unpacked Chrome build that `npm run build` writes. */
export const EXTENSION_DIR = join(projectRoot, '.output', 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The profile folder, kept between launches when a test restarts the browser. */
  profileDir: string;
  /** Errors thrown in any page of the context, with the page's URL. */
  pageErrors: string[];
  newPage: () => Promise<Page>;
  close: (options?: { keepProfile?: boolean }) => Promise<void>;
}

export interface LaunchOptions {
  /** The browser's interface language, e.g. `fr` or `en-US`. */
  lang?: string;
  /** Reuse a profile (settings survive a restart). */
  profileDir?: string;
}

/** Starts headless Chromium with the built extension loaded in a fresh (or given) profile. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'eclairage-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: options.lang ?? 'en-US',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${options.lang ?? 'en-US'}`,
      '--no-sandbox',
      '--disable-gpu',
      // Without these, Chromium keeps calling Google's hosts, which this network refuses.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // The extension's id is the host of its service worker's URL.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const pageErrors: string[] = [];
  const watch = (page: Page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    extensionId,
    profileDir,
    pageErrors,
    newPage: () => context.newPage(),
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
