import { HIGHLIGHT_TAG } from '../highlight/forbidden';

/** A highlight piece as the highlighter writes it. */
export const HIGHLIGHT_SELECTOR = `${HIGHLIGHT_TAG}.eclairage-highlight`;

/** The highlight piece an event happened on, looking through the page's open shadow roots. */
export function highlightInPath(path: readonly EventTarget[]): HTMLElement | null {
  const first = path[0];
  const element = first instanceof Element ? first : first instanceof Node ? first.parentElement : null;
  return element?.closest<HTMLElement>(HIGHLIGHT_SELECTOR) ?? null;
}

/**
 * Controls a highlight may sit in. A highlight inside one is not made a tab stop (a button
 * inside a link is an interactive element nested in another, which neither the keyboard
 * nor a screen reader can tell apart): the control itself, once focused, leads to the card.
 */
export const CONTROL_SELECTOR =
  'a[href], button, summary, label, [role="link"], [role="button"], [role="menuitem"], [role="tab"]';

/**
 * The mention a focused control names, when the control holds a highlight (a link "le
 * Health Data Hub en cinq dates"): its first piece, or null.
 */
export function highlightInControl(target: EventTarget | undefined): HTMLElement | null {
  if (!(target instanceof Element) || !target.matches(CONTROL_SELECTOR)) return null;
  return target.querySelector<HTMLElement>(`${HIGHLIGHT_SELECTOR}:not([data-continued])`);
}

export function entityOfPiece(piece: Element): string | undefined {
  return piece.getAttribute('data-entity') ?? undefined;
}

function isPiece(node: Node): node is HTMLElement {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(HIGHLIGHT_SELECTOR);
}

const isContinued = (piece: Element) => piece.hasAttribute('data-continued');

/**
 * Every piece of the mention a piece belongs to, first piece first. A mention split over
 * inline elements ("Health <em>Data</em> Hub") is written as several highlights, the later
 * ones marked `data-continued`, with nothing but element boundaries (and the empty text
 * nodes mark.js leaves) between them: any text in between means another mention. The walk
 * stops at the first text, so it stays a few nodes long whatever the page's size.
 */
export function mentionPieces(piece: HTMLElement): HTMLElement[] {
  const first = firstPiece(piece);
  const pieces = [first];
  const walker = walkerFrom(first);
  let current = first;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (current.contains(node)) continue;
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node as Text).data.length > 0) break;
      continue;
    }
    if (!isPiece(node)) continue;
    if (!isContinued(node) || entityOfPiece(node) !== entityOfPiece(first)) break;
    pieces.push(node);
    current = node;
  }
  return pieces;
}

/** The piece that starts the mention: walks back over `data-continued` pieces. */
function firstPiece(piece: HTMLElement): HTMLElement {
  if (!isContinued(piece)) return piece;
  const walker = walkerFrom(piece);
  for (let node = walker.previousNode(); node; node = walker.previousNode()) {
    // Going backwards, the text inside the previous piece comes before the piece itself.
    const owner = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    if (owner && isPiece(owner)) {
      if (owner === node && !isContinued(owner)) return owner;
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE && (node as Text).data.length > 0) break;
  }
  return piece;
}

function walkerFrom(node: Node): TreeWalker {
  const root = node.getRootNode();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  return walker;
}
