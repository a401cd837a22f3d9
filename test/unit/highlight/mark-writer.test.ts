/* eslint-disable no-restricted-properties -- tests build their fixture DOM from markup they own. */
import { afterEach, describe, expect, it } from 'vitest';
import { MarkWriter, type TextNodeMap } from '../../../entrypoints/content/highlight/mark-writer';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The map mark.js would build over these text nodes. */
function mapOf(nodes: Text[]): TextNodeMap {
  const map: TextNodeMap = { value: '', nodes: [] };
  for (const node of nodes) {
    const start = map.value.length;
    map.value += node.data;
    map.nodes.push({ start, end: map.value.length, node });
  }
  return map;
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

describe('MarkWriter (mark.js range wrapping over a given map)', () => {
  it('wraps several ranges of one text node, and a range over two nodes in two pieces', () => {
    document.body.innerHTML = '<p>La CNIL et la CNIL, puis le Cloud <em>Act</em> enfin.</p>';
    const paragraph = document.querySelector('p')!;
    const map = mapOf(textNodes(paragraph));
    const text = map.value;
    const ranges = ['CNIL', 'CNIL', 'Cloud Act'].map((name, i, all) => {
      const from = all.slice(0, i).reduce((at, previous) => text.indexOf(previous, at) + previous.length, 0);
      return { start: text.indexOf(name, from), length: name.length, id: i };
    });
    const written: [string, number][] = [];
    new MarkWriter('eclairage-mark', 'a-class').wrapRanges(map, ranges, (element, range) =>
      written.push([element.textContent ?? '', range.id]),
    );
    expect(written).toEqual([
      ['CNIL', 0],
      ['CNIL', 1],
      ['Cloud ', 2],
      ['Act', 2],
    ]);
    const marks = [...paragraph.querySelectorAll('eclairage-mark')];
    // One element per piece, with the class asked for and nothing else.
    expect(marks.map((mark) => [mark.className, mark.attributes.length, mark.childNodes.length])).toEqual(
      marks.map(() => ['a-class', 1, 1]),
    );
    expect(paragraph.querySelector('em > eclairage-mark')?.textContent).toBe('Act');
    expect(paragraph.textContent).toBe('La CNIL et la CNIL, puis le Cloud Act enfin.');
  });

  it('writes copies of a range’s template, and names the text nodes on each side of each', () => {
    document.body.innerHTML = '<p>Le Health <em>Data</em> Hub.</p>';
    const paragraph = document.querySelector('p')!;
    const writer = new MarkWriter('eclairage-mark', 'a-class');
    const template = writer.template();
    template.setAttribute('data-entity', 'hdh');
    const sides: [string, string, string][] = [];
    writer.wrapRanges(
      mapOf(textNodes(paragraph)),
      [{ start: 3, length: 15, template }],
      (element, _range, before, after) => {
        expect(before.nextSibling).toBe(element);
        expect(after.previousSibling).toBe(element);
        sides.push([before.data, element.textContent ?? '', after.data]);
      },
    );
    expect(sides).toEqual([
      ['Le ', 'Health ', ''],
      ['', 'Data', ''],
      ['', ' Hub', '.'],
    ]);
    const marks = [...paragraph.querySelectorAll('eclairage-mark')];
    expect(marks.map((mark) => [mark.className, mark.getAttribute('data-entity')])).toEqual(
      marks.map(() => ['a-class', 'hdh']),
    );
    // The template itself stays out of the page: each piece is a copy.
    expect(marks).not.toContain(template);
    expect(template.isConnected).toBe(false);
    expect(paragraph.textContent).toBe('Le Health Data Hub.');
  });

  it('takes a new class for the highlights written after the change', () => {
    document.body.innerHTML = '<p>CNIL CNIL</p>';
    const writer = new MarkWriter('eclairage-mark', 'old');
    const node = textNodes(document.body)[0]!;
    writer.wrapRanges(mapOf([node]), [{ start: 0, length: 4 }], () => {});
    writer.className = 'new';
    const rest = document.querySelector('p')!.lastChild as Text;
    writer.wrapRanges(mapOf([rest]), [{ start: 1, length: 4 }], () => {});
    expect([...document.querySelectorAll('eclairage-mark')].map((mark) => mark.className)).toEqual(['old', 'new']);
  });
});
