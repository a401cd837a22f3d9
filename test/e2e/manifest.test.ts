import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { projectRoot } from '../../data/compiler/read-seeds';

/**
 * Least privilege, read from the built manifests (`npm test` builds both): the extension
 * asks for `storage` and the pages its content script runs on, nothing else.
 */
const OUTPUT = join(projectRoot, '.output');
const PAGES = ['http://*/*', 'https://*/*'];

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean; js?: string[] }[];
  web_accessible_resources?: unknown[];
};

function readManifest(target: string): { dir: string; manifest: Manifest } {
  const dir = join(OUTPUT, target);
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) {
    throw new Error(
      `No ${path}: run \`npm run build${target.startsWith('firefox') ? ':firefox' : ''}\` first (\`npm test\` does).`,
    );
  }
  return { dir, manifest: JSON.parse(readFileSync(path, 'utf8')) as Manifest };
}

/** What both manifests must say about permissions and what pages can reach. */
function expectLeastPrivilege(manifest: Manifest): void {
  expect(manifest.permissions).toEqual(['storage']);
  // Host access comes from the content script's matches alone.
  for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions']) {
    expect(manifest, key).not.toHaveProperty(key);
  }
  expect(manifest.content_scripts).toHaveLength(1);
  expect(manifest.content_scripts![0]!.matches).toEqual(PAGES);
  // The top frame only: frames are the page's business (see hostile.test.ts, iframes).
  expect(manifest.content_scripts![0]!.all_frames).toBeUndefined();
  // No page and no other extension may message it.
  expect(manifest).not.toHaveProperty('externally_connectable');
  // The browser's default extension CSP (no remote code, no eval): not loosened.
  expect(manifest).not.toHaveProperty('content_security_policy');
}

/**
 * The sizes the stores and the browsers ask for (toolbar, extensions page, store listing),
 * each a PNG of exactly that size (`scripts/make-icons.mjs` draws them).
 */
function expectIcons(dir: string, manifest: Manifest): void {
  const icons = manifest.icons as Record<string, string> | undefined;
  expect(Object.keys(icons ?? {})).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  for (const [size, file] of Object.entries(icons ?? {})) {
    const png = readFileSync(join(dir, file));
    expect(png.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('ascii'), file).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
  }
}

describe('the Chrome manifest (MV3)', () => {
  const { dir, manifest } = readManifest('chrome-mv3');

  it('asks for storage and the content script’s pages only; no external connection; the default CSP', () => {
    expect(manifest.manifest_version).toBe(3);
    expectLeastPrivilege(manifest);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
  });

  it('has its icons, at the sizes asked for', () => expectIcons(dir, manifest));

  it('exposes one file to pages, the card bundle, justified in the README', () => {
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['card-ui.js'], matches: PAGES }]);
    expect(existsSync(join(dir, 'card-ui.js'))).toBe(true);
    const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
    expect(readme, 'README: a section on the one web-accessible resource').toMatch(/web-accessible resource/iu);
    expect(readme).toContain('card-ui.js');
  });
});

describe('the Firefox manifest (MV2)', () => {
  const { dir, manifest } = readManifest('firefox-mv2');

  it('asks for storage and the content script’s pages only; no external connection; the default CSP', () => {
    expect(manifest.manifest_version).toBe(2);
    expectLeastPrivilege(manifest);
    expect(manifest.web_accessible_resources).toEqual(['card-ui.js']);
  });

  it('has its icons, at the sizes asked for', () => expectIcons(dir, manifest));

  it('has a stable add-on id and says it collects no data', () => {
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { id: 'eclairage@eclairage', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('passes web-ext lint with no error; its only warnings are the known ones', async () => {
    const result = (await webExt.cmd.lint(
      { sourceDir: dir, output: 'none', boring: true, metadata: false, pretty: false, selfHosted: false },
      { shouldExitProgram: false },
    )) as LintResult;
    console.log(
      `web-ext lint: ${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices`,
    );
    for (const message of [...result.errors, ...result.warnings]) {
      console.log(`  ${message.code} ${message.file}:${message.line}:${message.column} ${message.message}`);
    }
    expect(result.errors).toEqual([]);
    const unexplained = result.warnings.filter((warning) => !isKnownWarning(dir, warning));
    expect(unexplained.map(({ code, file, message }) => `${code} ${file}: ${message}`)).toEqual([]);
  }, 60_000);
});

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

/**
 * The warnings named in the README, told apart by the code they point at:
 * - Preact's renderer assigns `innerHTML` for `dangerouslySetInnerHTML`, a prop the
 *   project's lint rule forbids, so the assignment never runs with a string of ours;
 * - the content script `import()`s the card bundle from `browser.runtime.getURL(…)`: an
 *   extension URL, not a remote one.
 */
function isKnownWarning(dir: string, { code, message, file, line, column }: LintMessage): boolean {
  if (code !== 'UNSAFE_VAR_ASSIGNMENT' || !file || line === undefined || column === undefined) return false;
  const source = readFileSync(join(dir, file), 'utf8').split('\n')[line - 1] ?? '';
  const around = source.slice(Math.max(0, column - 300), column + 300);
  if (message === 'Unsafe assignment to innerHTML') return around.includes('dangerouslySetInnerHTML');
  if (message === 'Unsafe call to import for argument 0') {
    return file === 'content-scripts/content.js' && /import\([\w.$]+\.runtime\.getURL\(/u.test(around);
  }
  return false;
}
