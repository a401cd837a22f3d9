import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FLASH_ATTRIBUTE,
  answerPopupRequest,
  firstMention,
  scrollToMention,
} from '../../../entrypoints/content/scroll-to-mention';

const mark = (entity: string, text: string, extra = '') =>
  `<eclairage-mark class="eclairage-highlight" data-entity="${entity}" ${extra}>${text}</eclairage-mark>`;

/** happy-dom has neither layout nor Web Animations: both are stood in for. */
let finish: (() => void)[] = [];
beforeEach(() => {
  finish = [];
  Element.prototype.scrollIntoView = vi.fn();
  Element.prototype.animate = vi.fn(function () {
    const target = new EventTarget() as EventTarget & { cancel: () => void };
    target.cancel = () => target.dispatchEvent(new Event('cancel'));
    finish.push(() => target.dispatchEvent(new Event('finish')));
    return target as unknown as Animation;
  });
  window.matchMedia = vi.fn(() => ({ matches: false }) as MediaQueryList);
});
afterEach(() => {
  document.body.replaceChildren();
});

function page(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}

describe('scroll to a mention', () => {
  it('finds the first mention of an entity, not a continued piece, visible ones first', () => {
    page(
      `<p id="a">${mark('cnil', 'Commission', 'data-continued')} ${mark('cnil', 'CNIL')}</p><p>${mark('cnil', 'Cnil')}</p>`,
    );
    expect(firstMention('cnil')!.textContent).toBe('CNIL');
    expect(firstMention('emc2')).toBeNull();
  });

  it('looks into open shadow roots when the document has none', () => {
    page('<div id="host"></div>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    root.append(inner);
    inner.append(Object.assign(document.createElement('eclairage-mark'), { className: 'eclairage-highlight' }));
    inner.firstElementChild!.setAttribute('data-entity', 'anticor');
    expect(firstMention('anticor')).toBe(inner.firstElementChild);
  });

  it('scrolls it to the centre and flashes every piece of it until the flash ends', () => {
    page(
      `<p>Le ${mark('health-data-hub', 'Health ')}<em>${mark('health-data-hub', 'Data Hub', 'data-continued')}</em>.</p>`,
    );
    expect(scrollToMention('health-data-hub')).toBe(true);
    const [first, second] = [...document.querySelectorAll('eclairage-mark')];
    expect(first!.scrollIntoView).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    expect(first!.hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
    expect(second!.hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
    finish.forEach((end) => end());
    expect(first!.hasAttribute(FLASH_ATTRIBUTE)).toBe(false);
  });

  it('does not let an older flash, cancelled, end a newer one', () => {
    page(`<p>${mark('cnil', 'CNIL')}</p>`);
    scrollToMention('cnil');
    scrollToMention('cnil');
    expect(document.querySelector('eclairage-mark')!.hasAttribute(FLASH_ATTRIBUTE)).toBe(true);
  });

  it('jumps without smooth scrolling when the reader asks for reduced motion', () => {
    window.matchMedia = vi.fn(() => ({ matches: true }) as MediaQueryList);
    page(`<p>${mark('cnil', 'CNIL')}</p>`);
    scrollToMention('cnil');
    expect(document.querySelector('eclairage-mark')!.scrollIntoView).toHaveBeenCalledWith(
      expect.objectContaining({ behavior: 'auto' }),
    );
  });
});

describe('answerPopupRequest', () => {
  it('gives the host, scrolls on request, and leaves other messages to other listeners', async () => {
    page(`<p>${mark('cnil', 'CNIL')}</p>`);
    await expect(answerPopupRequest({ type: 'eclairage:get-page' })).resolves.toEqual({ host: location.hostname });
    await expect(answerPopupRequest({ type: 'eclairage:scroll-to', entityId: 'cnil' })).resolves.toEqual({
      found: true,
    });
    await expect(answerPopupRequest({ type: 'eclairage:scroll-to', entityId: 'emc2' })).resolves.toEqual({
      found: false,
    });
    expect(answerPopupRequest({ type: 'eclairage:get-mentions' })).toBeUndefined();
    expect(answerPopupRequest({ type: 'eclairage:scroll-to', entityId: '"]' })).toBeUndefined();
  });
});
