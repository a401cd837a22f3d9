import { CONTROL_SELECTOR, HIGHLIGHT_SELECTOR, entityOfPiece, mentionPieces } from './mention';

/**
 * Keyboard and screen-reader access to the highlights: one tab stop per entity, not per
 * mention. The first visible mention of each entity becomes a button (`tabindex="0"`,
 * `role="button"`, `aria-haspopup="dialog"`, `aria-expanded`, a description naming
 * Éclairage's card); later mentions stay plain text, reachable by pointer. A page with
 * forty mentions of the Health Data Hub then costs one tab stop, not forty, and a
 * screen reader does not announce a button in every other sentence.
 *
 * Mentions inside a link or another control are skipped (see `CONTROL_SELECTOR`): focusing
 * the control itself shows the card, and Alt+↓ enters it (`card-events.ts`). A mention written whole is preferred to one split over inline elements,
 * whose first piece would name the button with only part of the mention.
 */
/** Changes are collected this long before the tab stops are chosen again. */
export const REFRESH_DELAY_MS = 250;

const ATTRIBUTES = ['tabindex', 'role', 'aria-haspopup', 'aria-expanded', 'aria-description'] as const;

export class KeyboardAccess {
  private marked = new Set<HTMLElement>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Entities whose tab stop is a mention written whole: new mentions cannot improve on it. */
  private settled = new Set<string>();
  /** Highlights per entity when the stops were last chosen (as the owner reported them). */
  private chosenAt: ReadonlyMap<string, number> = new Map();
  /** The counts the pending choice will have seen. */
  private pendingCounts: ReadonlyMap<string, number> = new Map();

  /**
   * @param describe the description of an entity's button, e.g. "Éclairage: sourced card on …"
   */
  constructor(private readonly describe: (entityId: string) => string | undefined) {}

  /** Chooses the tab stops now; `highlightsChanged` tells when to choose them again. */
  start(): void {
    this.refresh();
  }

  /**
   * Highlights came or went (the content script says so after each pass, instead of this
   * watching every change of the page itself). The tab stops are chosen again only when
   * one of them left the page, or when an entity without a whole-mention stop (none yet,
   * only a split one, or every mention inside a link) has highlights it did not have at the
   * last choice: on a feed that keeps adding mentions of entities already reachable, or of
   * one only ever named in links, nothing to do. (A choice walks every highlight and asks
   * the browser for each one's visibility, which lays the page out.)
   * @param counts the highlights per entity on the page
   */
  highlightsChanged(counts: ReadonlyMap<string, number>): void {
    if (this.timer !== undefined) return;
    const lost = [...this.marked].some((element) => !element.isConnected);
    const moved = [...counts].some(
      ([entityId, count]) => !this.settled.has(entityId) && count !== this.chosenAt.get(entityId),
    );
    if (lost || moved) {
      this.pendingCounts = new Map(counts);
      this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
    }
  }

  /** Whether the element is the keyboard entry point of its entity. */
  isTabStop(element: Element): boolean {
    return this.marked.has(element as HTMLElement);
  }

  refresh(): void {
    this.timer = undefined;
    this.chosenAt = this.pendingCounts;
    const chosen = new Map<string, HTMLElement>();
    const split = new Map<string, HTMLElement>();
    for (const piece of document.querySelectorAll<HTMLElement>(`${HIGHLIGHT_SELECTOR}:not([data-continued])`)) {
      const entityId = entityOfPiece(piece);
      if (!entityId || chosen.has(entityId)) continue;
      if (piece.parentElement?.closest(CONTROL_SELECTOR) || piece.checkVisibility?.() === false) continue;
      if (mentionPieces(piece).length === 1) chosen.set(entityId, piece);
      else if (!split.has(entityId)) split.set(entityId, piece);
    }
    // Chosen so far: the mentions written whole, which no later change can improve on.
    const settled = new Set(chosen.keys());
    for (const [entityId, piece] of split) if (!chosen.has(entityId)) chosen.set(entityId, piece);
    const next = new Set(chosen.values());
    for (const element of this.marked) if (!next.has(element)) unmark(element);
    for (const [entityId, element] of chosen) if (!this.marked.has(element)) this.mark(element, entityId);
    this.marked = next;
    this.settled = settled;
  }

  stop(): void {
    clearTimeout(this.timer);
    for (const element of this.marked) unmark(element);
    this.marked.clear();
    this.settled.clear();
    this.chosenAt = this.pendingCounts = new Map();
  }

  private mark(element: HTMLElement, entityId: string): void {
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-haspopup', 'dialog');
    element.setAttribute('aria-expanded', 'false');
    const description = this.describe(entityId);
    if (description) element.setAttribute('aria-description', description);
  }
}

function unmark(element: HTMLElement): void {
  for (const name of ATTRIBUTES) element.removeAttribute(name);
}
