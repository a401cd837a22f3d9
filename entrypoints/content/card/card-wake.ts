import { CARD_EVENT_TYPES, entersCard, focusGesture, gestureOf, type KeptEvent } from './gestures';
import { highlightInPath } from './mention';

/** Hands the events seen so far to the card once it is there. */
export type CardLoader = () => Promise<{ replay(events: readonly KeptEvent[]): void } | null>;

/**
 * The card bundle (Preact, Floating UI, the whole dataset) loads on the reader's first
 * gesture towards a highlight: a pointer over one, focus on one (or on a link naming an
 * entity), a click or a key that opens a card. A page the reader only reads never loads
 * it. The gesture and every card event after it, until the card is mounted, are kept and
 * replayed into the card in their order, so the first card opens as any other: the hover
 * delay (300 ms) covers the load. A key that opens the card is cancelled here, at once:
 * Space would scroll the page before the card could say it was its.
 */
export class CardWake {
  private kept: KeptEvent[] | null = null;
  private readonly listener = (event: Event) => this.onEvent(event);

  constructor(private readonly load: CardLoader) {}

  start(): void {
    for (const type of CARD_EVENT_TYPES) window.addEventListener(type, this.listener, true);
  }

  stop(): void {
    for (const type of CARD_EVENT_TYPES) window.removeEventListener(type, this.listener, true);
    this.kept = null;
  }

  private onEvent(event: Event): void {
    if (!event.isTrusted) return;
    const wakes = wakesCard(event);
    if (!this.kept && !wakes) return;
    if (wakes && event.type === 'keydown') event.preventDefault();
    const entry = { event, path: event.composedPath() };
    if (this.kept) {
      this.kept.push(entry);
      return;
    }
    const kept = (this.kept = [entry]);
    void this.load().then((card) => {
      // Stopped while loading (Éclairage turned off here): nothing to hand over.
      if (this.kept !== kept) return;
      // The bundle could not load (the loader said why): the next gesture tries again.
      if (!card) {
        this.kept = null;
        return;
      }
      this.stop();
      card.replay(kept);
    });
  }
}

/** Whether the event is a gesture that opens a card (or, for a pointer, may in a moment). */
function wakesCard(event: Event): boolean {
  switch (event.type) {
    case 'pointerover':
    case 'click':
      // Hovering or clicking a highlight (a tap on touch screens is a click).
      return highlightInPath(event.composedPath()) !== null;
    case 'focusin':
      return focusGesture(event as FocusEvent) !== null;
    case 'keydown': {
      const gesture = gestureOf(event);
      return gesture !== null && entersCard(event as KeyboardEvent, gesture);
    }
    default:
      return false;
  }
}
