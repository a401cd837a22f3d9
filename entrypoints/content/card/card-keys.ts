import type { CardHost } from './card-host';
import type { CardController } from './card-controller';

/** What Tab stops on inside the card: its buttons (and any link a later card may have). */
const TABBABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Keys inside the card, listened to on its shadow root (events there reach the page's
 * listeners retargeted to the host, after the card's components had their say).
 */
export class CardKeys {
  private readonly first = this.escapeFirst.bind(this);
  private readonly last = this.keyDown.bind(this);

  constructor(
    private readonly card: CardController,
    private readonly host: CardHost,
  ) {}

  start(): void {
    this.host.shadow.addEventListener('keydown', this.first as EventListener, true);
    this.host.shadow.addEventListener('keydown', this.last as EventListener);
  }

  stop(): void {
    this.host.shadow.removeEventListener('keydown', this.first as EventListener, true);
    this.host.shadow.removeEventListener('keydown', this.last as EventListener);
  }

  /**
   * Escape anywhere in the card is the card's: cancelled before any component sees it, so
   * that the browser does not also close a page dialog the card sits in (an open quote
   * closes on Escape without cancelling it).
   */
  private escapeFirst(event: KeyboardEvent): void {
    if (event.isTrusted && event.key === 'Escape') event.preventDefault();
  }

  /**
   * Escape closes the card and gives focus back to the highlight, unless a component
   * stopped it (Escape in an open quote closes the quote only). The card sits right after
   * its highlight in the tab order: Tab past its last control, or Shift+Tab before its
   * first, goes back to the highlight (or the link it was opened from) instead of the end
   * of the page.
   */
  private keyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || !this.card.current) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.card.close(true);
      return;
    }
    if (event.key !== 'Tab') return;
    const active = this.host.shadow.activeElement;
    if (!active) return;
    const controls = [...this.host.popover.querySelectorAll(TABBABLE)].filter((control) => control !== active);
    // Focus may be on the dialog or an open quote (tabindex -1): compare document order.
    const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    const last = event.shiftKey ? !controls.some((c) => follows(c, active)) : !controls.some((c) => follows(active, c));
    if (last) {
      event.preventDefault();
      this.card.focusOrigin();
    }
  }
}
