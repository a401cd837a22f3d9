import { HIGHLIGHT_SELECTOR, mentionPieces } from './card/mention';
import { parsePopupRequest, type PageInfo, type ScrollResult } from '../../messaging/protocol';

/** How long a mention flashes once scrolled to: two pulses, enough for the eye to land. */
export const FLASH_MS = 1800;

/** Set on a mention's pieces while they flash (for tests, and for page styles to leave alone). */
export const FLASH_ATTRIBUTE = 'data-eclairage-flash';

/**
 * The flash: a glow around the highlight, drawn with `box-shadow` so that nothing moves in
 * the page's layout, by the Web Animations API so that no stylesheet is needed and no
 * strict CSP of the page can block it. Keyframes without an end go back to the
 * highlight's own look.
 */
const PULSE: Keyframe[] = [
  { boxShadow: '0 0 0 0 rgb(255 176 0 / 0%)', backgroundColor: 'rgb(255 196 0 / 22%)' },
  { boxShadow: '0 0 0 4px rgb(255 176 0 / 85%)', backgroundColor: 'rgb(255 196 0 / 60%)', offset: 0.35 },
];
/** With reduced motion, no pulsing: the highlight simply stands out, then fades back. */
const STEADY: Keyframe[] = [
  { boxShadow: '0 0 0 3px rgb(255 176 0 / 85%)', backgroundColor: 'rgb(255 196 0 / 60%)' },
  { boxShadow: '0 0 0 3px rgb(255 176 0 / 85%)', backgroundColor: 'rgb(255 196 0 / 60%)', offset: 0.8 },
];

/**
 * The first mention of an entity in document order, as its first piece: visible ones first
 * (a mention in a collapsed menu cannot be shown), then any. Open shadow roots are
 * searched when the document itself has none.
 */
export function firstMention(entityId: string, root: Document | ShadowRoot = document): HTMLElement | null {
  const selector = `${HIGHLIGHT_SELECTOR}[data-entity="${CSS.escape(entityId)}"]:not([data-continued])`;
  const pieces = [...root.querySelectorAll<HTMLElement>(selector)];
  const found = pieces.find((piece) => piece.checkVisibility?.() !== false) ?? pieces[0];
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot ? firstMention(entityId, element.shadowRoot) : null;
    if (inner) return inner;
  }
  return null;
}

/**
 * Scrolls the page to the first mention of an entity, centred, and flashes it.
 * @returns false when the page shows no mention of it (it changed since it was counted)
 */
export function scrollToMention(entityId: string): boolean {
  const anchor = firstMention(entityId);
  if (!anchor) return false;
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  anchor.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  for (const piece of mentionPieces(anchor)) flash(piece, reduced);
  return true;
}

/** The flash running on each piece: an older one, cancelled, must not end the newer one. */
const flashes = new WeakMap<HTMLElement, Animation>();

function flash(piece: HTMLElement, reduced: boolean): void {
  flashes.get(piece)?.cancel();
  piece.setAttribute(FLASH_ATTRIBUTE, '');
  const animation = reduced
    ? piece.animate(STEADY, { duration: FLASH_MS, easing: 'ease-out' })
    : piece.animate(PULSE, { duration: FLASH_MS / 2, iterations: 2, easing: 'ease-in-out' });
  flashes.set(piece, animation);
  const done = () => {
    if (flashes.get(piece) !== animation) return;
    flashes.delete(piece);
    piece.removeAttribute(FLASH_ATTRIBUTE);
  };
  animation.addEventListener('finish', done);
  animation.addEventListener('cancel', done);
}

/**
 * Answers the popup's page requests: the site's host name, and "scroll to a mention".
 * Returns undefined for any other message, so that other listeners can answer it.
 */
export function answerPopupRequest(message: unknown): Promise<PageInfo | ScrollResult> | undefined {
  const request = parsePopupRequest(message);
  if (!request) return undefined;
  if (request.type === 'eclairage:get-page') return Promise.resolve({ host: location.hostname });
  return Promise.resolve({ found: scrollToMention(request.entityId) });
}
