// The "private" promise, checked before anything ships: no network API in the extension's
// code. Fails (exit 1) naming each file, line and name found.
//
//   node scripts/check-no-network.mjs               the extension's own sources
//   node scripts/check-no-network.mjs .output/DIR   a built extension, dependencies included
//
// Sources: what ships in the extension — entrypoints/, components/, data/ (its compiler
// runs at build time, in Node, and ships nothing: it is left out), messaging/, settings/.
// Code is parsed (TypeScript's parser, for TS and JS alike), so that a quote in the dataset
// or a comment saying "no fetch" is not taken for a call: what counts is an identifier or
// property named like a network API, or a string that is exactly that name
// (`globalThis['fetch']`). Style sheets must not load anything from a URL.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/** The ways a script reaches the network. */
export const FORBIDDEN_NAMES = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'importScripts'];

const SOURCE_DIRS = ['entrypoints', 'components', 'data', 'messaging', 'settings'];
/** Build-time code: never bundled. */
const NOT_SHIPPED = [join('data', 'compiler')];
const CODE = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts']);
/** A remote `url(…)` or any `@import` in a style sheet. */
const REMOTE_CSS = /url\(\s*['"]?\s*(?:[a-z][a-z0-9+.-]*:)?\/\/|@import\b/giu;

/** Every file under `dir`, recursively. */
function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules') yield* walk(path);
    } else {
      yield path;
    }
  }
}

/** The forbidden names in one script, with their 1-based lines. */
export function findInCode(text, fileName = 'file.ts') {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const forbidden = new Set(FORBIDDEN_NAMES);
  const visit = (node) => {
    const isName = ts.isIdentifier(node) || ts.isPrivateIdentifier(node);
    const isExactString = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
    if ((isName || isExactString) && forbidden.has(node.text)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ line: line + 1, name: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A page that loads a script, style or image from another host. */
const REMOTE_HTML = /\b(?:src|href)\s*=\s*['"]?\s*(?:https?:)?\/\//giu;

/** Remote loads in one style sheet (or page), with their 1-based lines. */
export function findInCss(text, pattern = REMOTE_CSS) {
  const found = [];
  for (const match of text.matchAll(pattern)) {
    found.push({ line: text.slice(0, match.index).split('\n').length, name: match[0] });
  }
  return found;
}

/** Every problem under the given folders (relative to the project). */
export function check(dirs, { skip = [] } = {}) {
  const problems = [];
  for (const dir of dirs) {
    for (const path of walk(resolve(ROOT, dir))) {
      const file = relative(ROOT, path);
      if (skip.some((prefix) => file.startsWith(prefix))) continue;
      const extension = extname(path);
      if (!CODE.has(extension) && extension !== '.css' && extension !== '.html') continue;
      const text = readFileSync(path, 'utf8');
      const found = CODE.has(extension)
        ? findInCode(text, path)
        : extension === '.css'
          ? findInCss(text)
          : [...findInCss(text), ...findInCss(text, REMOTE_HTML)];
      for (const { line, name } of found) problems.push(`${file}:${line}: ${name}`);
    }
  }
  return problems;
}

function main() {
  const built = process.argv[2];
  const problems = built ? check([built]) : check(SOURCE_DIRS, { skip: NOT_SHIPPED });
  const what = built ? `the built extension in ${built}` : 'the extension’s sources';
  if (problems.length > 0) {
    console.error(`check-no-network: network access in ${what} (Éclairage makes no request, ever):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(`check-no-network: no network API in ${what}.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
