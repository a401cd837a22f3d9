import type { CardHost } from './card-host';
import type { CardController } from './card-controller';
import { highlightInPath } from './mention';

/**
 * Hover intent: the pointer must rest this long on a highlight before the card opens, so
 * that moving the mouse across a paragraph does not flash cards.
 */
export const OPEN_DELAY_MS = 300;
/** Grace period after the pointer leaves: long enough to cross the gap into the card. */
export const CLOSE_DELAY_MS = 300;

/** What Tab stops on inside the card: its buttons (and any link a later card may have). */
const TABBABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

const isHoverPointer = (event: PointerEvent) => event.pointerType === 'mouse' || event.pointerType === 'pen';

/**
 * The page's events, delegated: one listener per type on `window`, in the capture phase
 * so that a page stopping propagation cannot blind the card. Every handler ignores events
 * that scripts made up (`isTrusted` false): a page must not be able to open, move or close
 * the card. Events inside the card reach these listeners retargeted to the host; the card's
 * own keys are handled in its shadow root (`onCardKeyDown`), after its components had
 * their say (Escape in an open quote closes the quote only).
 */
export class CardEvents {
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners: [string, (event: never) => void][] = [
    ['pointerover', this.onPointerOver.bind(this)],
    ['pointerout', this.onPointerOut.bind(this)],
    ['pointerdown', this.onPointerDown.bind(this)],
    ['click', this.onClick.bind(this)],
    ['focusin', this.onFocusIn.bind(this)],
    ['keydown', this.onKeyDown.bind(this)],
  ];
  private readonly cardKeyDown = this.onCardKeyDown.bind(this);
  private readonly cardEscapeFirst = this.onCardEscapeFirst.bind(this);

  constructor(
    private readonly card: CardController,
    private readonly host: CardHost,
  ) {}

  start(): void {
    for (const [type, listener] of this.listeners) window.addEventListener(type, listener as EventListener, true);
    this.host.shadow.addEventListener('keydown', this.cardEscapeFirst as EventListener, true);
    this.host.shadow.addEventListener('keydown', this.cardKeyDown as EventListener);
  }

  stop(): void {
    for (const [type, listener] of this.listeners) window.removeEventListener(type, listener as EventListener, true);
    this.host.shadow.removeEventListener('keydown', this.cardEscapeFirst as EventListener, true);
    this.host.shadow.removeEventListener('keydown', this.cardKeyDown as EventListener);
    this.cancelTimers();
  }

  private onPointerOver(event: PointerEvent): void {
    if (!event.isTrusted || !isHoverPointer(event)) return;
    if (this.host.containsEvent(event)) return this.cancelTimers();
    const piece = highlightInPath(event.composedPath());
    if (!piece) return;
    const current = this.card.current;
    if (current?.pieces.includes(piece)) return this.cancelClose();
    // A card the reader is using is not replaced by a passing pointer.
    if (current?.engaged) return;
    clearTimeout(this.openTimer);
    const pointer = { x: event.clientX, y: event.clientY };
    this.openTimer = setTimeout(() => {
      this.cancelTimers();
      this.card.open(piece, 'hover', pointer);
    }, OPEN_DELAY_MS);
  }

  private onPointerOut(event: PointerEvent): void {
    if (!event.isTrusted || !isHoverPointer(event)) return;
    const inCard = this.host.containsEvent(event);
    const piece = inCard ? null : highlightInPath(event.composedPath());
    if (piece) clearTimeout(this.openTimer);
    const current = this.card.current;
    if (!current || current.engaged || current.opening !== 'hover') return;
    if (inCard || (piece && current.pieces.includes(piece))) {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => this.card.close(false), CLOSE_DELAY_MS);
    }
  }

  /** A press outside the card and its mention closes it: outside click, and tap outside on touch. */
  private onPointerDown(event: PointerEvent): void {
    const current = this.card.current;
    if (!event.isTrusted || !current) return;
    if (this.host.containsEvent(event)) {
      current.engaged = true;
      return;
    }
    const piece = highlightInPath(event.composedPath());
    if (piece && current.pieces.includes(piece)) return;
    this.cancelTimers();
    this.card.close(false);
  }

  /** Click, or tap: opens the card and takes focus into it, as a dialog does. */
  private onClick(event: MouseEvent): void {
    if (!event.isTrusted || event.button !== 0 || this.host.containsEvent(event)) return;
    const piece = highlightInPath(event.composedPath());
    // In a link, the click is the link's: the card is a hover away.
    if (!piece || piece.parentElement?.closest('a[href]')) return;
    // The reader selected text (a drag, a double click): copying it is what they are doing.
    if (window.getSelection()?.toString().trim()) return;
    this.cancelTimers();
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
    const piece = highlightInPath(event.composedPath());
    if (piece) {
      if (!current?.pieces.includes(piece)) this.card.open(piece, 'focus');
      return;
    }
    // Focus went on to the rest of the page: a card it came from has nothing more to say.
    if (current && (current.engaged || current.opening === 'focus')) this.card.close(false);
  }

  /** Keys on the page: Escape closes, Enter or Space on a highlight opens and enters. */
  private onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || this.host.containsEvent(event)) return;
    const piece = highlightInPath(event.composedPath());
    if (event.key === 'Escape' && this.card.current) {
      this.cancelTimers();
      this.card.close(false);
      // On a highlight, Escape was meant for the card; elsewhere the page may want it too.
      if (piece) event.preventDefault();
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && piece && !event.repeat) {
      event.preventDefault();
      this.cancelTimers();
      if (this.card.current?.pieces.includes(piece)) this.card.engage();
      else this.card.open(piece, 'keyboard');
    }
  }

  /**
   * Escape anywhere in the card is the card's: cancelled before any component sees it, so
   * that the browser does not also close a page dialog the card sits in (an open quote
   * closes on Escape without cancelling it).
   */
  private onCardEscapeFirst(event: KeyboardEvent): void {
    if (event.isTrusted && event.key === 'Escape') event.preventDefault();
  }

  /**
   * Keys inside the card. Escape closes it and gives focus back to the highlight. The card sits
   * right after its highlight in the tab order: Tab past its last control, or Shift+Tab
   * before its first, goes back to the highlight instead of the end of the page.
   */
  private onCardKeyDown(event: KeyboardEvent): void {
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
      this.card.focusHighlight();
    }
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
  }

  private cancelTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
  }
}
