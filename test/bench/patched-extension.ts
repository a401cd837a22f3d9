import { build } from 'esbuild';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../data/compiler/read-seeds';
import { EXTENSION_DIR } from './browsers';
import { prototypePlugin, type PrototypeName } from './bundle';

/**
 * A copy of the built extension whose content script is rebuilt by esbuild from the same
 * sources, with a prototype in place of the modules it replaces (or none: the control,
 * which shows what the rebuild alone changes). Everything else (manifest, card bundle,
 * stylesheet) is the build's own. The prototype is measured as the extension would run it.
 */
export interface PatchedExtension {
  dir: string;
  remove: () => void;
}

/** `minify: false` keeps function names, for a readable CPU profile. */
export async function buildPatchedExtension(
  prototype: PrototypeName | null,
  { minify = true } = {},
): Promise<PatchedExtension> {
  const dir = mkdtempSync(join(tmpdir(), `eclairage-patched-${prototype ?? 'control'}-`));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const result = await build({
    entryPoints: [join(projectRoot, 'test', 'bench', 'prototypes', 'content-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    keepNames: !minify,
    legalComments: 'none',
    logLevel: 'warning',
    // As WXT configures the build (see `wxt.config.ts` and `@wxt-dev/webextension-polyfill`).
    alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' },
    define: {
      'import.meta.env': JSON.stringify({
        MODE: 'production',
        PROD: true,
        DEV: false,
        BROWSER: 'chrome',
        CHROME: true,
        FIREFOX: false,
        MANIFEST_VERSION: 3,
        ENTRYPOINT: 'content',
      }),
    },
    // The stylesheet is injected by the manifest, as in the build.
    loader: { '.css': 'empty' },
    plugins: prototype ? [prototypePlugin(prototype)] : [],
  });
  writeFileSync(join(dir, 'content-scripts', 'content.js'), result.outputFiles[0]?.text ?? '');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
