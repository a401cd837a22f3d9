/* eslint-disable no-restricted-properties -- tests build their fixture DOM from markup they own. */
import { afterEach, describe, expect, it } from 'vitest';
import { Highlighter } from '../../../entrypoints/content/highlight/highlighter';
import type { PolicyOptions } from '../../../entrypoints/content/highlight/mention-policy';
import { fakeResolver } from './fake-resolver';

function highlight(html: string, options: Partial<PolicyOptions> = {}): Highlighter {
  document.body.innerHTML = html;
  const highlighter = new Highlighter(fakeResolver, { mode: 'every', cap: 100, ...options });
  for (const _ of highlighter.steps(document.body));
  return highlighter;
}

function marks(): [string, string | null][] {
  return [...document.querySelectorAll('eclairage-mark')].map((mark) => [
    mark.textContent ?? '',
    mark.getAttribute('data-entity'),
  ]);
}

/** Every text node under body, in order. */
function textNodes(): Text[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Highlighter', () => {
  it('wraps each mention in an eclairage-mark carrying its entity id', () => {
    highlight('<p>The CNIL and the Health Data Hub.</p><p>Cloud Act</p>');
    expect(marks()).toEqual([
      ['CNIL', 'cnil'],
      ['Health Data Hub', 'health-data-hub'],
      ['Cloud Act', 'cloud-act'],
    ]);
    expect(document.body.textContent).toBe('The CNIL and the Health Data Hub.Cloud Act');
  });

  it('highlights a mention split over inline elements, piece by piece', () => {
    highlight('<p>The Health <em>Data</em> Hub.</p>');
    const pieces = [...document.querySelectorAll('eclairage-mark')];
    expect(pieces.map((piece) => piece.textContent)).toEqual(['Health ', 'Data', ' Hub']);
    expect(pieces.every((piece) => piece.getAttribute('data-entity') === 'health-data-hub')).toBe(true);
    expect(pieces.map((piece) => piece.hasAttribute('data-continued'))).toEqual([false, true, true]);
  });

  it('restyles the highlights written, and writes later ones in the new style', () => {
    const highlighter = highlight('<p>CNIL</p>');
    highlighter.setStyle('underline');
    const later = document.createElement('p');
    later.textContent = 'CNIL again';
    document.body.append(later);
    for (const _ of highlighter.steps(later));
    const classes = [...document.querySelectorAll('eclairage-mark')].map((mark) => mark.className);
    expect(classes).toEqual([
      'eclairage-highlight eclairage-style-underline',
      'eclairage-highlight eclairage-style-underline',
    ]);
    expect(marks()).toEqual([
      ['CNIL', 'cnil'],
      ['CNIL', 'cnil'],
    ]);
  });

  it('does not join text across blocks', () => {
    highlight('<div><p>Cloud</p><p>Act</p></div>');
    expect(marks()).toEqual([]);
  });

  it('never writes inside forbidden elements', () => {
    highlight(
      '<p>CNIL</p><pre>CNIL</pre><code>CNIL</code><textarea>CNIL</textarea><button>CNIL</button>' +
        '<div contenteditable="true">CNIL</div><div role="textbox">CNIL</div><kbd>CNIL</kbd>' +
        '<svg><text>CNIL</text></svg><div data-eclairage-ui><p>CNIL</p></div>',
    );
    expect(marks()).toEqual([['CNIL', 'cnil']]);
  });

  it('counts an ambiguous alias only on a page that is on topic, wherever the core mention is', () => {
    highlight('<p>Azure skies.</p><p>The CNIL.</p>');
    expect(marks()).toEqual([['CNIL', 'cnil']]);
    highlight('<p>Azure first.</p><p>Then the Health Data Hub.</p>');
    expect(marks()).toEqual([
      ['Azure', 'microsoft-azure'],
      ['Health Data Hub', 'health-data-hub'],
    ]);
  });

  it('highlights only the first mention of each entity in "first" mode, but counts all', () => {
    const highlighter = highlight('<p>CNIL, CNIL and CNIL; the Cloud Act.</p>', { mode: 'first' });
    expect(marks()).toEqual([
      ['CNIL', 'cnil'],
      ['Cloud Act', 'cloud-act'],
    ]);
    expect(Object.fromEntries(highlighter.policy.counts)).toEqual({ cnil: 3, 'cloud-act': 1 });
  });

  it('stops at the per-page cap', () => {
    const highlighter = highlight(`<p>${'CNIL '.repeat(50)}</p>`, { cap: 7 });
    expect(marks()).toHaveLength(7);
    expect(highlighter.policy.counts.get('cnil')).toBe(50);
  });

  it('takes highlights back leaving exactly the text nodes that were there, same objects, no normalize', () => {
    document.body.innerHTML = '<p>A CNIL b <em>Cloud Act</em> c CNIL</p><p>Health <b>Data</b> Hub!</p>';
    const before = textNodes();
    const data = before.map((node) => node.data);
    const highlighter = new Highlighter(fakeResolver, { mode: 'every', cap: 100 });
    for (const _ of highlighter.steps(document.body));
    expect(marks().length).toBeGreaterThan(3);
    highlighter.removeAll();
    const after = textNodes();
    expect(after).toHaveLength(before.length);
    after.forEach((node, index) => {
      expect(node).toBe(before[index]);
      expect(node.data).toBe(data[index]);
    });
    expect(document.querySelectorAll('eclairage-mark')).toHaveLength(0);
  });

  it('drops the highlights after a text node the page rewrote, leaving what the page wrote', () => {
    document.body.innerHTML = '<p>Old text about the CNIL and the Cloud Act here.</p>';
    const original = document.querySelector('p')!.firstChild as Text;
    const highlighter = new Highlighter(fakeResolver, { mode: 'every', cap: 100 });
    for (const _ of highlighter.steps(document.body));
    expect(marks()).toHaveLength(2);
    // What a framework does: it holds the original node and sets its whole new text.
    original.data = 'New text about the Health Data Hub.';
    highlighter.dissolveAfter([original]);
    expect(document.querySelector('p')!.textContent).toBe('New text about the Health Data Hub.');
    expect(marks()).toEqual([]);
    expect(highlighter.policy.counts.size).toBe(0);
  });
});
