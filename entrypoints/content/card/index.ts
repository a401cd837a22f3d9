import { localeFor } from '../../../components/i18n/context';
import { DatasetIndex } from '../../../data/queries/lookup';
import type { Dataset, Lang } from '../../../data/schema';
import { CardHost } from './card-host';
import { CardController } from './card-controller';
import { CardEvents } from './card-events';
import type { KeyboardAccess } from './keyboard-access';
import type { KeptEvent } from './gestures';

export interface MountCardOptions {
  dataset: Dataset;
  /** The interface language of the card. */
  lang: Lang;
  /**
   * The page's tab stops, kept by the content script from the first highlight on (before
   * any card loads): the card sets `aria-expanded` on the one it opens from.
   */
  access: KeyboardAccess;
  /**
   * Opens the full timeline filtered on an entity (`popup.html#timeline?entity=<id>`).
   * The content script cannot open extension pages itself; the caller routes it, e.g.
   * through a message to the background.
   */
  openTimeline: (entityId: string) => void;
}

export interface CardHandle {
  /**
   * Handles the page events that came before the card was mounted (the gesture that
   * loaded it, and the ones after it), in their order.
   */
  replay(events: readonly KeptEvent[]): void;
  /** Closes the card, removes it from the page and stops listening. */
  destroy(): void;
}

/**
 * The sourced card on this page: opens on hover, focus, click or tap of a highlight
 * (`<eclairage-mark class="eclairage-highlight" data-entity>`), or focus on a link naming
 * an entity, one card at a time. Mounted once per page, on the reader's first gesture
 * towards a highlight (see `card-wake.ts`).
 */
export function mountCard({ dataset, lang, access, openTimeline }: MountCardOptions): CardHandle {
  const locale = localeFor(lang);
  const index = new DatasetIndex(dataset);
  const host = new CardHost();
  const controller = new CardController({ host, index, locale, access, openTimeline });
  const events = new CardEvents(controller, host);
  events.start();
  return {
    replay: (kept) => events.replay(kept),
    destroy() {
      events.stop();
      controller.close(false);
      host.destroy();
    },
  };
}
