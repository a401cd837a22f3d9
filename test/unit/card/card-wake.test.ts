import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardWake, type CardLoader } from '../../../entrypoints/content/card/card-wake';
import type { KeptEvent } from '../../../entrypoints/content/card/gestures';

function page(html: string): void {
  // Test fixtures only: the extension itself never parses markup.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

/**
 * Dispatches an event as the browser would: the wake ignores events scripts made up
 * (`isTrusted` false), which is what every event dispatched from a test is.
 */
function trusted<E extends Event>(target: EventTarget, event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
  return event;
}

const pointerOver = (target: EventTarget) =>
  trusted(target, new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
const key = (target: EventTarget, init: KeyboardEventInit) =>
  trusted(target, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init }));

/** A loader the test resolves by hand, recording what the card was given. */
function manualLoader() {
  const replayed: KeptEvent[][] = [];
  let settle: (ok: boolean) => void = () => {};
  const load = vi.fn<CardLoader>(
    () =>
      new Promise((resolve) => {
        settle = (ok) => resolve(ok ? { replay: (events) => void replayed.push([...events]) } : null);
      }),
  );
  return { load, replayed, settle: (ok: boolean) => settle(ok) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

let wake: CardWake | undefined;
afterEach(() => {
  wake?.stop();
  wake = undefined;
  document.body.replaceChildren();
});

const HIGHLIGHT = '<eclairage-mark class="eclairage-highlight" data-entity="hdh">HDH</eclairage-mark>';

describe('CardWake', () => {
  it('loads nothing for events away from highlights, nor for made-up ones', () => {
    page(`<p id="p">texte ${HIGHLIGHT}</p>`);
    const { load } = manualLoader();
    wake = new CardWake(load);
    wake.start();
    pointerOver(document.getElementById('p')!);
    document.querySelector('eclairage-mark')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    key(document.getElementById('p')!, { key: ' ' });
    expect(load).not.toHaveBeenCalled();
  });

  it('loads once on the first gesture and replays it, and what followed, with their paths', async () => {
    page(`<p id="p">texte ${HIGHLIGHT}</p>`);
    const mark = document.querySelector('eclairage-mark')!;
    const { load, replayed, settle } = manualLoader();
    wake = new CardWake(load);
    wake.start();
    pointerOver(mark);
    const out = trusted(mark, new PointerEvent('pointerout', { bubbles: true, composed: true, pointerType: 'mouse' }));
    pointerOver(mark);
    expect(load).toHaveBeenCalledTimes(1);
    settle(true);
    await flush();
    expect(replayed).toHaveLength(1);
    expect(replayed[0]!.map(({ event }) => event.type)).toEqual(['pointerover', 'pointerout', 'pointerover']);
    expect(replayed[0]![1]!.event).toBe(out);
    // The path as it was during dispatch (empty once dispatched).
    expect(replayed[0]![0]!.path[0]).toBe(mark);
    // Mounted: the card listens itself from now on.
    pointerOver(mark);
    expect(load).toHaveBeenCalledTimes(1);
    expect(replayed).toHaveLength(1);
  });

  it('cancels a key that opens the card at once, and only such a key', () => {
    page(`<p>${HIGHLIGHT} <a id="link" href="/x">le ${HIGHLIGHT}</a> <a id="plain" href="/y">lire</a></p>`);
    const [mark] = document.querySelectorAll('eclairage-mark');
    const { load } = manualLoader();
    wake = new CardWake(load);
    wake.start();
    expect(key(document.getElementById('plain')!, { key: 'Enter' }).defaultPrevented).toBe(false);
    // Enter on a link is the link's; Alt+↓ on it is the card's.
    expect(key(document.getElementById('link')!, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(load).not.toHaveBeenCalled();
    expect(key(document.getElementById('link')!, { key: 'ArrowDown', altKey: true }).defaultPrevented).toBe(true);
    expect(key(mark!, { key: ' ' }).defaultPrevented).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets the next gesture try again when the bundle could not load', async () => {
    page(`<p>${HIGHLIGHT}</p>`);
    const mark = document.querySelector('eclairage-mark')!;
    const { load, replayed, settle } = manualLoader();
    wake = new CardWake(load);
    wake.start();
    pointerOver(mark);
    settle(false);
    await flush();
    expect(replayed).toEqual([]);
    pointerOver(mark);
    expect(load).toHaveBeenCalledTimes(2);
    settle(true);
    await flush();
    expect(replayed.map((events) => events.length)).toEqual([1]);
  });

  it('hands nothing over once stopped while loading', async () => {
    page(`<p>${HIGHLIGHT}</p>`);
    const { load, replayed, settle } = manualLoader();
    wake = new CardWake(load);
    wake.start();
    pointerOver(document.querySelector('eclairage-mark')!);
    wake.stop();
    settle(true);
    await flush();
    expect(replayed).toEqual([]);
  });
});
