import type { CardHost } from './card-host';
import type { CardController } from './card-controller';
import { highlightInPath } from './mention';
import { pathOf } from './gestures';

/**
 * Hover intent: the pointer must rest this long on a highlight before the card opens, so
 * that moving the mouse across a paragraph does not flash cards.
 */
export const OPEN_DELAY_MS = 300;
/** Grace period after the pointer leaves: long enough to cross the gap into the card. */
export const CLOSE_DELAY_MS = 300;

/** Touch has no hover: a tap is a click, handled as one. */
const isHoverPointer = (event: PointerEvent) => event.pointerType === 'mouse' || event.pointerType === 'pen';

/**
 * Opening on hover and closing once the pointer has left both the highlight and the
 * card. Only a card opened by hover closes this way: one the reader opened by click or
 * key, or has started using, stays until Escape, a click outside or its close button.
 */
export class HoverIntent {
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly card: CardController,
    private readonly host: CardHost,
  ) {}

  over(event: PointerEvent): void {
    if (!event.isTrusted || !isHoverPointer(event)) return;
    if (this.host.containsEvent(event)) return this.cancel();
    const piece = highlightInPath(pathOf(event));
    if (!piece) return;
    const current = this.card.current;
    if (current?.pieces.includes(piece)) return clearTimeout(this.closeTimer);
    // A card the reader is using is not replaced by a passing pointer.
    if (current?.engaged) return;
    clearTimeout(this.openTimer);
    const pointer = { x: event.clientX, y: event.clientY };
    this.openTimer = setTimeout(() => {
      this.cancel();
      this.card.open(piece, 'hover', pointer);
    }, OPEN_DELAY_MS);
  }

  out(event: PointerEvent): void {
    if (!event.isTrusted || !isHoverPointer(event)) return;
    const inCard = this.host.containsEvent(event);
    const piece = inCard ? null : highlightInPath(pathOf(event));
    if (piece) clearTimeout(this.openTimer);
    const current = this.card.current;
    if (!current || current.engaged || current.opening !== 'hover') return;
    // Leaving for the card or another piece of the mention: the `over` that follows at
    // once cancels this.
    if (inCard || (piece && current.pieces.includes(piece))) {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => this.card.close(false), CLOSE_DELAY_MS);
    }
  }

  /** Forgets a pending opening or closing: another event decided. */
  cancel(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
  }
}
