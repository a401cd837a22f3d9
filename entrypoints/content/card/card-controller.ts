import type { Locale } from '../../../components/i18n/context';
import type { DatasetIndex } from '../../../data/queries/lookup';
import type { Entity } from '../../../data/schema';
import type { CardHost } from './card-host';
import type { KeyboardAccess } from './keyboard-access';
import { entityOfPiece, mentionPieces } from './mention';
import { themeAround } from './page-theme';
import { keepAnchored } from './position';
import { clearCard, renderCard, type CardView } from './render-card';
import { writeClipboard } from './clipboard';
import { CARD_MESSAGES, type CardMessages } from '../../../components/i18n/card-messages';

/** How the card was opened; it decides what closes it. */
export type Opening = 'hover' | 'focus' | 'click' | 'keyboard';

export interface OpenCard {
  /** The mention's pieces, first piece first; the first is where focus returns. */
  pieces: HTMLElement[];
  entityId: string;
  opening: Opening;
  /**
   * The reader is using the card (opened it by click or key, clicked or focused inside):
   * the pointer leaving no longer closes it, and focus leaving for the page does.
   */
  engaged: boolean;
  /**
   * The page's control the card was opened from, when its mention sits in one (a link):
   * focus returns there, not to the highlight inside it.
   */
  trigger?: HTMLElement;
  stopPositioning: () => void;
}

export interface ControllerOptions {
  host: CardHost;
  index: DatasetIndex;
  locale: Locale;
  access: KeyboardAccess;
  openTimeline: (entityId: string) => void;
}

/** Opens, switches and closes the one card of the page. Events are `card-events.ts`'s. */
export class CardController {
  current: OpenCard | null = null;
  /** True while focus is being given back to a highlight, which must not reopen the card. */
  restoringFocus = false;

  constructor(private readonly options: ControllerOptions) {}

  open(piece: HTMLElement, opening: Opening, pointer?: { x: number; y: number }, trigger?: HTMLElement): void {
    const pieces = mentionPieces(piece);
    const anchor = pieces[0] as HTMLElement;
    const entityId = entityOfPiece(anchor);
    if (!entityId || !this.options.index.entity(entityId)) return;
    this.close(false);
    const { host } = this.options;
    const engaged = opening === 'click' || opening === 'keyboard';
    const card: OpenCard = { pieces, entityId, opening, engaged, trigger, stopPositioning: () => {} };
    this.current = card;
    this.render();
    host.show(themeAround(anchor));
    // Focus on a control is all a keyboard or screen-reader user gets from it: tell them
    // the card is there and how to enter it.
    if (trigger) host.announce(this.messages().controlAnnouncement(this.entityName(entityId)));
    card.stopPositioning = keepAnchored(pieces, host.popover, pointer, () => this.close(false));
    this.setExpanded(anchor, true);
    if (engaged) this.focusCard();
  }

  /** The reader turned to the card: keep it open and take them into it. */
  engage(): void {
    if (!this.current) return;
    this.current.engaged = true;
    this.focusCard();
  }

  /** Shows a related entity's card in place, anchored to the same highlight. */
  showEntity(entityId: string): void {
    if (!this.current || !this.options.index.entity(entityId)) return;
    this.current.entityId = entityId;
    this.current.engaged = true;
    this.render();
    // The button that was activated is gone with the previous card: focus its successor.
    this.focusCard();
  }

  close(returnFocus: boolean): void {
    const card = this.current;
    if (!card) return;
    this.current = null;
    card.stopPositioning();
    this.options.host.hide();
    clearCard(this.options.host.popover);
    this.options.host.announce('');
    this.setExpanded(card.pieces[0] as HTMLElement, false);
    if (returnFocus) this.focusOrigin(card);
  }

  /**
   * Gives focus back to where the card came from: the control it was opened from, or the
   * mention; one that is not a tab stop gets `tabindex="-1"` for it.
   */
  focusOrigin(card: OpenCard | null = this.current): void {
    const origin = card?.trigger ?? card?.pieces[0];
    if (!origin?.isConnected) return;
    if (!card?.trigger && !origin.hasAttribute('tabindex')) origin.setAttribute('tabindex', '-1');
    this.restoringFocus = true;
    try {
      origin.focus({ preventScroll: true });
    } finally {
      this.restoringFocus = false;
    }
  }

  /** Whether focus is inside the card (the page sees the host as the active element). */
  get hasFocus(): boolean {
    const host = this.options.host.element;
    return host !== null && document.activeElement === host;
  }

  private focusCard(): void {
    this.options.host.popover.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }

  private messages(): CardMessages {
    return CARD_MESSAGES[this.options.locale.lang];
  }

  private entityName(entityId: string): string {
    return this.options.index.entity(entityId)?.name[this.options.locale.lang] ?? entityId;
  }

  private render(): void {
    const card = this.current;
    const entity = card && this.options.index.entity(card.entityId);
    if (!entity) return;
    renderCard(this.options.host.popover, this.options.locale, this.view(entity));
  }

  private view(entity: Entity): CardView {
    const { index, openTimeline } = this.options;
    return {
      entity,
      keyHint: this.current?.trigger ? this.messages().controlHint : undefined,
      entityOf: (id) => index.entity(id),
      sourceOf: (id) => index.source(id),
      onClose: () => this.close(this.hasFocus),
      onShowEntity: (id) => this.showEntity(id),
      onOpenTimeline: (id) => openTimeline(id),
      onCopy: writeClipboard,
    };
  }

  private setExpanded(anchor: HTMLElement, expanded: boolean): void {
    if (this.options.access.isTabStop(anchor)) anchor.setAttribute('aria-expanded', String(expanded));
  }
}
