import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { projectRoot } from '../../data/compiler/read-seeds';

/**
 * The project's ESLint configuration (`eslint.config.js`, run by `npm run lint` in CI)
 * reports every construct that turns a string into code or markup. Each snippet is linted
 * as if it were a file of the content script.
 */
const eslint = new ESLint({ cwd: projectRoot });

async function rulesReported(code: string, file = 'entrypoints/content/snippet.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(projectRoot, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint rules: no code and no markup from strings', () => {
  it.each([
    ['eval', 'export const run = (code: string) => eval(code);', 'no-eval'],
    ['indirect eval', 'export const run = (code: string) => globalThis.eval(code);', 'no-eval'],
    ['new Function', "export const make = (body: string) => new Function('a', body);", 'no-new-func'],
    ['Function()', "export const make = (body: string) => Function('a', body);", 'no-new-func'],
    ['setTimeout with a string', "export const later = () => window.setTimeout('alert(1)', 10);", 'no-implied-eval'],
    ['innerHTML', 'export const put = (el: Element, s: string) => { el.innerHTML = s; };', 'no-restricted-properties'],
    ['outerHTML', 'export const put = (el: Element, s: string) => { el.outerHTML = s; };', 'no-restricted-properties'],
    [
      'insertAdjacentHTML',
      "export const put = (el: Element, s: string) => el.insertAdjacentHTML('beforeend', s);",
      'no-restricted-properties',
    ],
  ])('reports %s', async (_, code, rule) => {
    expect(await rulesReported(code)).toContain(rule);
  });

  it('reports dangerouslySetInnerHTML in a component', async () => {
    const code =
      'export const Quote = ({ html }: { html: string }) => <p dangerouslySetInnerHTML={{ __html: html }} />;';
    expect(await rulesReported(code, 'components/Snippet.tsx')).toContain('no-restricted-syntax');
  });

  it('lets text through: textContent, and Preact rendering a string', async () => {
    expect(await rulesReported('export const put = (el: Element, s: string) => { el.textContent = s; };')).toEqual([]);
    expect(
      await rulesReported(
        'export const Quote = ({ text }: { text: string }) => <p>{text}</p>;',
        'components/Snippet.tsx',
      ),
    ).toEqual([]);
  });
});
