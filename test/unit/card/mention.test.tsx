import { afterEach, describe, expect, it } from 'vitest';
import { highlightInControl, highlightInPath, mentionPieces } from '../../../entrypoints/content/card/mention';

const mark = (entity: string, text: string, continued = false) =>
  `<eclairage-mark class="eclairage-highlight" data-entity="${entity}"${continued ? ' data-continued=""' : ''}>${text}</eclairage-mark>`;

function page(html: string): HTMLElement {
  // Test fixtures only: the extension itself never parses markup.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
  return document.body;
}

const texts = (pieces: Element[]) => pieces.map((piece) => piece.textContent);

afterEach(() => {
  document.body.replaceChildren();
});

describe('mentionPieces', () => {
  it('is the piece alone for a mention written whole', () => {
    const body = page(`<p>Le ${mark('hdh', 'Health Data Hub')} et ${mark('hdh', 'HDH')}.</p>`);
    const [first, second] = body.querySelectorAll<HTMLElement>('eclairage-mark');
    expect(texts(mentionPieces(first!))).toEqual(['Health Data Hub']);
    expect(texts(mentionPieces(second!))).toEqual(['HDH']);
  });

  it('gathers a mention split over inline elements, from any of its pieces', () => {
    const body = page(
      `<p>Le ${mark('hdh', 'Health ')}<em>${mark('hdh', 'Data', true)}</em>${mark('hdh', ' Hub', true)}, puis ${mark('hdh', 'HDH')}.</p>`,
    );
    const pieces = [...body.querySelectorAll<HTMLElement>('eclairage-mark')];
    // mark.js leaves empty text nodes where it split: they do not end a mention.
    pieces[1]!.before(document.createTextNode(''));
    for (const piece of pieces.slice(0, 3)) {
      expect(texts(mentionPieces(piece))).toEqual(['Health ', 'Data', ' Hub']);
    }
    expect(texts(mentionPieces(pieces[3]!))).toEqual(['HDH']);
  });

  it('stops at text between two mentions', () => {
    const body = page(`<p>${mark('a', 'EMC2')} <em>${mark('b', 'CNIL')}</em></p>`);
    const [a] = body.querySelectorAll<HTMLElement>('eclairage-mark');
    expect(texts(mentionPieces(a!))).toEqual(['EMC2']);
  });
});

describe('highlightInPath', () => {
  it('finds the highlight an event started on, or nothing', () => {
    const body = page(`<p>Le ${mark('hdh', 'HDH')}.</p>`);
    const piece = body.querySelector<HTMLElement>('eclairage-mark')!;
    expect(highlightInPath([piece, body])).toBe(piece);
    expect(highlightInPath([piece.firstChild!, piece])).toBe(piece);
    expect(highlightInPath([body.querySelector('p')!])).toBeNull();
    expect(highlightInPath([])).toBeNull();
  });
});

describe('highlightInControl', () => {
  it('is the first mention a focused link names, its first piece for a split one', () => {
    const body = page(
      `<p><a id="l" href="/x">le ${mark('hdh', 'Health ')}<em>${mark('hdh', 'Data', true)}</em> et ${mark('cnil', 'CNIL')}</a></p>`,
    );
    const link = body.querySelector('#l')!;
    expect(highlightInControl(link)?.textContent).toBe('Health ');
  });

  it('is null for a link without a highlight, an element that is no control, or no element', () => {
    const body = page(
      `<p id="p">${mark('hdh', 'HDH')} <a id="plain" href="/x">lire</a> <a id="anchor">${mark('cnil', 'CNIL')}</a></p>`,
    );
    expect(highlightInControl(body.querySelector('#plain')!)).toBeNull();
    expect(highlightInControl(body.querySelector('#p')!)).toBeNull();
    // An <a> without href is no link: nothing to tab to.
    expect(highlightInControl(body.querySelector('#anchor')!)).toBeNull();
    expect(highlightInControl(window)).toBeNull();
    expect(highlightInControl(undefined)).toBeNull();
  });
});
