import { HIGHLIGHT_TAG } from '../highlight/forbidden';
import { HIGHLIGHT_SELECTOR, entityOfPiece, mentionPieces } from './mention';

/**
 * Keyboard and screen-reader access to the highlights: one tab stop per entity, not per
 * mention. The first visible mention of each entity becomes a button (`tabindex="0"`,
 * `role="button"`, `aria-haspopup="dialog"`, `aria-expanded`, a description naming
 * Éclairage's card); later mentions stay plain text, reachable by pointer. A page with
 * forty mentions of the Health Data Hub then costs one tab stop, not forty, and a
 * screen reader does not announce a button in every other sentence.
 *
 * Mentions inside a link or another control are skipped: a button inside a link is an
 * interactive element nested in another, which neither the keyboard nor a screen reader
 * can tell apart. A mention written whole is preferred to one split over inline elements,
 * whose first piece would name the button with only part of the mention.
 */
const INSIDE_CONTROL =
  'a[href], button, summary, label, [role="link"], [role="button"], [role="menuitem"], [role="tab"]';

/** Page changes are collected this long before the tab stops are chosen again. */
export const REFRESH_DELAY_MS = 250;

const ATTRIBUTES = ['tabindex', 'role', 'aria-haspopup', 'aria-expanded', 'aria-description'] as const;

export class KeyboardAccess {
  private marked = new Set<HTMLElement>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly observer = new MutationObserver((records) => {
    if (this.timer !== undefined) return;
    // A page that removes a whole section takes highlights with it without naming them.
    const lost = records.some(removesHighlights) || [...this.marked].some((element) => !element.isConnected);
    if (lost || records.some((record) => this.addsNewEntity(record))) {
      this.timer = setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
    }
  });
  /** Entities whose tab stop is a mention written whole: new mentions cannot improve on it. */
  private settled = new Set<string>();

  /**
   * @param describe the description of an entity's button, e.g. "Éclairage: sourced card on …"
   * @param onHighlights called after each choice of tab stops that found highlights
   */
  constructor(
    private readonly describe: (entityId: string) => string | undefined,
    private readonly onHighlights: () => void = () => {},
  ) {}

  /** Chooses the tab stops now, then again whenever highlights come or go. */
  start(root: Node = document.documentElement): void {
    this.observer.observe(root, { childList: true, subtree: true });
    this.refresh();
  }

  /** Whether the element is the keyboard entry point of its entity. */
  isTabStop(element: Element): boolean {
    return this.marked.has(element as HTMLElement);
  }

  refresh(): void {
    this.timer = undefined;
    const chosen = new Map<string, HTMLElement>();
    const split = new Map<string, HTMLElement>();
    for (const piece of document.querySelectorAll<HTMLElement>(`${HIGHLIGHT_SELECTOR}:not([data-continued])`)) {
      const entityId = entityOfPiece(piece);
      if (!entityId || chosen.has(entityId)) continue;
      if (piece.parentElement?.closest(INSIDE_CONTROL) || piece.checkVisibility?.() === false) continue;
      if (mentionPieces(piece).length === 1) chosen.set(entityId, piece);
      else if (!split.has(entityId)) split.set(entityId, piece);
    }
    for (const [entityId, piece] of split) if (!chosen.has(entityId)) chosen.set(entityId, piece);
    const next = new Set(chosen.values());
    for (const element of this.marked) if (!next.has(element)) unmark(element);
    for (const [entityId, element] of chosen) if (!this.marked.has(element)) this.mark(element, entityId);
    this.marked = next;
    this.settled = new Set([...chosen].filter(([entityId]) => !split.has(entityId)).map(([entityId]) => entityId));
    if (next.size > 0) this.onHighlights();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.observer.disconnect();
    for (const element of this.marked) unmark(element);
    this.marked.clear();
    this.settled.clear();
  }

  /**
   * Whether the record adds a highlight that may change the tab stops: one of an entity
   * that has none yet, or only a split one. On a page that keeps adding mentions of
   * entities already reachable (a feed), the tab stops are then not chosen again each time.
   */
  private addsNewEntity(record: MutationRecord): boolean {
    for (const node of record.addedNodes) {
      if (!isHighlightNode(node)) continue;
      const entityId = entityOfPiece(node as Element);
      if (entityId && !this.settled.has(entityId)) return true;
    }
    return false;
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

const isHighlightNode = (node: Node) => node.nodeName.toLowerCase() === HIGHLIGHT_TAG;

function removesHighlights(record: MutationRecord): boolean {
  for (const node of record.removedNodes) if (isHighlightNode(node)) return true;
  return false;
}
