import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './browsers';

export interface FileSize {
  file: string;
  raw: number;
  /** gzip at level 9, as size checkers measure. */
  gzip: number;
}

/**
 * What the extension puts into a page: the content script, injected on every page (the
 * matcher, mark.js and the aliases), its stylesheet, and the card bundle (Preact, the
 * card, the whole dataset), which the content script loads on the reader's first hover,
 * focus, click or key on a highlight.
 */
export interface ContentScriptSize extends FileSize {
  css: FileSize | null;
  card: FileSize | null;
}

/** The card bundle, in the build's root (see `entrypoints/content/card-loader.ts`). */
const CARD_BUNDLE = 'card-ui.js';

function sizeOf(file: string): FileSize | null {
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function contentScriptSize(extensionDir = EXTENSION_DIR): ContentScriptSize | null {
  const script = sizeOf(join(extensionDir, 'content-scripts', 'content.js'));
  if (!script) return null;
  return {
    ...script,
    css: sizeOf(join(extensionDir, 'content-scripts', 'content.css')),
    card: sizeOf(join(extensionDir, CARD_BUNDLE)),
  };
}
