import { join } from 'node:path';
import { projectRoot } from '../../../data/compiler/read-seeds';

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
