import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

/** Space between the highlighted line and the card: close enough to read as attached. */
export const GAP_PX = 6;
/** The card never comes closer than this to a viewport edge. */
export const VIEWPORT_MARGIN_PX = 8;
/** Below this height the card would show no more than its header; it scrolls instead. */
export const MIN_HEIGHT_PX = 160;
/** A card is a glance, not a page: past this height its body scrolls. */
export const MAX_HEIGHT_PX = 480;

/**
 * A mention as floating-ui's reference: the rectangles of all its pieces, so that a
 * mention split over inline elements, or wrapping over two lines, is one anchor.
 */
function mentionReference(pieces: readonly HTMLElement[]): VirtualElement {
  const rects = () => pieces.flatMap((piece) => [...piece.getClientRects()]);
  return {
    contextElement: pieces[0],
    getClientRects: rects,
    getBoundingClientRect: () => {
      const all = rects();
      if (all.length === 0) return new DOMRect();
      const left = Math.min(...all.map((r) => r.left));
      const top = Math.min(...all.map((r) => r.top));
      return new DOMRect(
        left,
        top,
        Math.max(...all.map((r) => r.right)) - left,
        Math.max(...all.map((r) => r.bottom)) - top,
      );
    },
  };
}

/**
 * Keeps the card next to its mention while the page scrolls or resizes, until the
 * returned function is called. The card is in the top layer, so `fixed` coordinates are
 * viewport coordinates and no ancestor of the page can clip it. Below the mention first,
 * above when there is more room there; shifted to stay inside the viewport; never taller
 * than the room left (the card's body scrolls). A mention wrapped over lines is anchored
 * by `inline`: to the line under the pointer when its lines stand apart, otherwise to the
 * whole mention, aligned with its line nearest the card, which then covers none of it.
 */
export function keepAnchored(
  pieces: readonly HTMLElement[],
  floating: HTMLElement,
  pointer: { x: number; y: number } | undefined,
  onDetached: () => void,
): () => void {
  const reference = mentionReference(pieces);
  const update = () => {
    if (!pieces.some((piece) => piece.isConnected)) {
      onDetached();
      return;
    }
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(pointer),
        offset(GAP_PX),
        flip({ padding: VIEWPORT_MARGIN_PX, fallbackPlacements: ['top-start'] }),
        size({
          padding: VIEWPORT_MARGIN_PX,
          apply({ availableHeight }) {
            const height = Math.max(MIN_HEIGHT_PX, Math.min(MAX_HEIGHT_PX, Math.floor(availableHeight)));
            floating.style.setProperty('--ecl-card-max-height', `${height}px`);
          },
        }),
        shift({ padding: VIEWPORT_MARGIN_PX, crossAxis: true }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${Math.round(x)}px`;
      floating.style.top = `${Math.round(y)}px`;
    });
  };
  return autoUpdate(reference, floating, update);
}
