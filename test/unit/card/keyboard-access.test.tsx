import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyboardAccess, REFRESH_DELAY_MS } from '../../../entrypoints/content/card/keyboard-access';

const mark = (entity: string, text: string, continued = false) =>
  `<eclairage-mark class="eclairage-highlight" data-entity="${entity}"${continued ? ' data-continued=""' : ''}>${text}</eclairage-mark>`;

function page(html: string): void {
  // Test fixtures only: the extension itself never parses markup.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

const describeEntity = (id: string) => `card on ${id}`;
const stops = () =>
  [...document.querySelectorAll('[tabindex="0"]')].map(
    (e) => `${e.closest('[id]')?.id}:${e.getAttribute('data-entity')}`,
  );

let access: KeyboardAccess | undefined;
afterEach(() => {
  access?.stop();
  access = undefined;
  document.body.replaceChildren();
});

describe('KeyboardAccess', () => {
  it('makes the first mention of each entity a button, and only that one', () => {
    page(`<p id="a">${mark('hdh', 'HDH')} ${mark('cnil', 'CNIL')}</p><p id="b">${mark('hdh', 'Health Data Hub')}</p>`);
    access = new KeyboardAccess(describeEntity);
    access.start();
    expect(stops()).toEqual(['a:hdh', 'a:cnil']);
    const first = document.querySelector('#a eclairage-mark')!;
    expect(first.getAttribute('role')).toBe('button');
    expect(first.getAttribute('aria-haspopup')).toBe('dialog');
    expect(first.getAttribute('aria-expanded')).toBe('false');
    expect(first.getAttribute('aria-description')).toBe('card on hdh');
    expect(document.querySelector('#b eclairage-mark')!.hasAttribute('role')).toBe(false);
    expect(access.isTabStop(first)).toBe(true);
  });

  it('skips mentions inside links, and prefers a mention written whole to a split one', () => {
    page(
      `<p id="a"><a href="#x">${mark('hdh', 'HDH')}</a> ${mark('cnil', 'la ')}<em>${mark('cnil', 'CNIL', true)}</em></p>` +
        `<p id="b">${mark('hdh', 'Health Data Hub')} et ${mark('cnil', 'CNIL')}</p>`,
    );
    access = new KeyboardAccess(describeEntity);
    access.start();
    expect(stops()).toEqual(['b:hdh', 'b:cnil']);
  });

  it('follows highlights as they come and go, and takes everything back when stopped', async () => {
    page(`<p id="a">${mark('hdh', 'HDH')}</p><p id="b">texte</p>`);
    access = new KeyboardAccess(describeEntity);
    access.start();
    document.getElementById('a')!.remove();
    document.getElementById('b')!.append(document.createRange().createContextualFragment(mark('hdh', 'PDS')));
    access.highlightsChanged(new Map([['hdh', 1]]));
    await new Promise((resolve) => setTimeout(resolve, REFRESH_DELAY_MS + 50));
    expect(stops()).toEqual(['b:hdh']);
    access.stop();
    expect(document.querySelector('[tabindex], [role], [aria-haspopup]')).toBeNull();
  });

  it('does not choose again for an entity only named in links until it has new highlights', async () => {
    page(`<p id="a"><a href="#x">${mark('hdh', 'HDH')}</a></p><p id="b">texte</p>`);
    access = new KeyboardAccess(describeEntity);
    access.start();
    expect(stops()).toEqual([]);
    access.highlightsChanged(new Map([['hdh', 1]]));
    await new Promise((resolve) => setTimeout(resolve, REFRESH_DELAY_MS + 50));
    // The same highlights again (a pass that added nothing of it): no new choice.
    const refresh = vi.spyOn(access, 'refresh');
    access.highlightsChanged(new Map([['hdh', 1]]));
    await new Promise((resolve) => setTimeout(resolve, REFRESH_DELAY_MS + 50));
    expect(refresh).not.toHaveBeenCalled();
    // A new mention, outside any link: chosen.
    document.getElementById('b')!.append(document.createRange().createContextualFragment(mark('hdh', 'PDS')));
    access.highlightsChanged(new Map([['hdh', 2]]));
    await new Promise((resolve) => setTimeout(resolve, REFRESH_DELAY_MS + 50));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(stops()).toEqual(['b:hdh']);
  });

  it('does not choose again for new mentions of entities that already have a whole one', async () => {
    page(`<p id="a">texte</p><p id="b">${mark('hdh', 'HDH')}</p>`);
    access = new KeyboardAccess(describeEntity);
    access.start();
    const a = document.getElementById('a')!;
    a.append(document.createRange().createContextualFragment(mark('hdh', 'PDS')));
    access.highlightsChanged(new Map([['hdh', 2]]));
    await new Promise((resolve) => setTimeout(resolve, REFRESH_DELAY_MS + 50));
    // A full choice would move the stop to the first mention, in #a.
    expect(stops()).toEqual(['b:hdh']);
    a.append(document.createRange().createContextualFragment(mark('cnil', 'CNIL')));
    access.highlightsChanged(
      new Map([
        ['hdh', 2],
        ['cnil', 1],
      ]),
    );
    await new Promise((resolve) => setTimeout(resolve, REFRESH_DELAY_MS + 50));
    expect(stops()).toEqual(['a:hdh', 'a:cnil']);
  });
});
