import type { CardHost } from './card-host';
import type { CardController } from './card-controller';
import { highlightInPath } from './mention';
import {
  CARD_EVENT_TYPES,
  entersCard,
  focusGesture,
  gestureOf,
  pathOf,
  replaying,
  type CardEventType,
  type KeptEvent,
} from './gestures';
import { HoverIntent } from './hover-intent';
import { CardKeys } from './card-keys';

/**
 * The page's events, delegated: one listener per type on `window`, in the capture phase
 * so that a page stopping propagation cannot blind the card. Every handler ignores events
 * that scripts made up (`isTrusted` false): a page must not be able to open, move or close
 * the card. Events inside the card reach these listeners retargeted to the host; the keys
 * pressed inside it are `card-keys.ts`'s, hovering is `hover-intent.ts`'s.
 */
export class CardEvents {
  private readonly hover: HoverIntent;
  private readonly listeners: Record<CardEventType, EventListener> = {
    pointerover: (event) => this.hover.over(event as PointerEvent),
    pointerout: (event) => this.hover.out(event as PointerEvent),
    pointerdown: (event) => this.onPointerDown(event as PointerEvent),
    click: (event) => this.onClick(event as MouseEvent),
    focusin: (event) => this.onFocusIn(event as FocusEvent),
    keydown: (event) => this.onKeyDown(event as KeyboardEvent),
  };
  private readonly keys: CardKeys;

  constructor(
    private readonly card: CardController,
    private readonly host: CardHost,
  ) {
    this.hover = new HoverIntent(card, host);
    this.keys = new CardKeys(card, host);
  }

  start(): void {
    for (const type of CARD_EVENT_TYPES) window.addEventListener(type, this.listeners[type], true);
    this.keys.start();
  }

  stop(): void {
    for (const type of CARD_EVENT_TYPES) window.removeEventListener(type, this.listeners[type], true);
    this.keys.stop();
    this.hover.cancel();
  }

  /** A press outside the card and its mention closes it: outside click, and tap outside on touch. */
  private onPointerDown(event: PointerEvent): void {
    const current = this.card.current;
    if (!event.isTrusted || !current) return;
    if (this.host.containsEvent(event)) {
      current.engaged = true;
      return;
    }
    const piece = highlightInPath(pathOf(event));
    if (piece && current.pieces.includes(piece)) return;
    this.hover.cancel();
    this.card.close(false);
  }

  /** Click, or tap: opens the card and takes focus into it, as a dialog does. */
  private onClick(event: MouseEvent): void {
    if (!event.isTrusted || event.button !== 0 || this.host.containsEvent(event)) return;
    const piece = highlightInPath(pathOf(event));
    // In a link, the click is the link's: the card is a hover away.
    if (!piece || piece.parentElement?.closest('a[href]')) return;
    // The reader selected text (a drag, a double click): copying it is what they are doing.
    if (window.getSelection()?.toString().trim()) return;
    this.hover.cancel();
    if (this.card.current?.pieces.includes(piece)) this.card.engage();
    else this.card.open(piece, 'click', { x: event.clientX, y: event.clientY });
  }

  private onFocusIn(event: FocusEvent): void {
    if (!event.isTrusted || this.card.restoringFocus) return;
    const current = this.card.current;
    if (this.host.containsEvent(event)) {
      if (current) current.engaged = true;
      return;
    }
    const gesture = focusGesture(event);
    if (gesture) {
      if (!current?.pieces.includes(gesture.piece)) this.card.open(gesture.piece, 'focus', undefined, gesture.trigger);
      return;
    }
    // Focus went on to the rest of the page: a card it came from has nothing more to say.
    if (current && (current.engaged || current.opening === 'focus')) this.card.close(false);
  }

  /**
   * Keys on the page: Escape closes; the keys of `entersCard` open the card and enter it.
   */
  private onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || this.host.containsEvent(event)) return;
    const gesture = gestureOf(event);
    const current = this.card.current;
    if (event.key === 'Escape' && current) {
      this.hover.cancel();
      this.card.close(false);
      // On a highlight or its link, Escape was meant for the card; elsewhere the page may want it too.
      if (gesture) event.preventDefault();
      return;
    }
    if (!gesture || !entersCard(event, gesture)) return;
    event.preventDefault();
    this.hover.cancel();
    if (current?.pieces.includes(gesture.piece)) this.card.engage();
    else this.card.open(gesture.piece, 'keyboard', undefined, gesture.trigger);
  }

  /**
   * Handles events that happened before the card was mounted (the gesture that loaded it,
   * and what followed while it loaded), in their order, as if it had been listening.
   */
  replay(events: readonly KeptEvent[]): void {
    for (const kept of events) {
      const type = kept.event.type as CardEventType;
      if (CARD_EVENT_TYPES.includes(type)) this.listeners[type](replaying(kept));
    }
  }
}
