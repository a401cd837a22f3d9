import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { projectRoot } from '../../../data/compiler/read-seeds';
import { TIMING_MARKS_KEY } from '../../../messaging/timing-marks';

/**
 * Debian's Chromium by default. Elsewhere, point `ECLAIRAGE_CHROMIUM` at a Chromium or
 * Chrome for Testing binary: branded Google Chrome ignores `--load-extension`.
 */
export const CHROMIUM_PATH = process.env.ECLAIRAGE_CHROMIUM ?? '/usr/bin/chromium';

/** The unpacked Chrome build that `npm run build` writes. */
export const EXTENSION_DIR = join(projectRoot, '.output', 'chrome-mv3');

/** The flags of every Chromium the tests and the benchmark launch, besides its language. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  // Without these, Chromium keeps calling Google's hosts, which this network refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Turns the content script's performance marks on or off (see `messaging/timing-marks.ts`)
 * through the extension's service worker. The harnesses wait on them; a reader's browser
 * never has them. Pages loaded afterwards see the change. An extension without storage
 * (a test's own) has no marks to turn on.
 */
export async function setTimingMarks(worker: Worker, on: boolean): Promise<void> {
  await worker.evaluate(
    async ([key, value]) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage?: { local: { set(items: object): Promise<void> } } };
      };
      await chrome.storage?.local.set({ [key as string]: value });
    },
    [TIMING_MARKS_KEY, on] as const,
  );
}
