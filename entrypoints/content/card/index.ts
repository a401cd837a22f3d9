import { localeFor } from '../../../components/i18n/context';
import { CARD_MESSAGES } from '../../../components/i18n/card-messages';
import { DatasetIndex } from '../../../data/queries/lookup';
import type { Dataset, Lang } from '../../../data/schema';
import { CardHost } from './card-host';
import { CardController } from './card-controller';
import { CardEvents } from './card-events';
import { KeyboardAccess } from './keyboard-access';

export interface MountCardOptions {
  dataset: Dataset;
  /** The interface language of the card. */
  lang: Lang;
  /**
   * Opens the full timeline filtered on an entity (`popup.html#timeline?entity=<id>`).
   * The content script cannot open extension pages itself; the caller routes it, e.g.
   * through a message to the background.
   */
  openTimeline: (entityId: string) => void;
}

export interface CardHandle {
  /**
   * Highlights were written or removed: the tab stops follow (see `KeyboardAccess`).
   * @param counts the highlights per entity on the page
   */
  highlightsChanged(counts: ReadonlyMap<string, number>): void;
  /** Closes the card, removes it from the page and stops listening; tab stops are taken back. */
  destroy(): void;
}

/**
 * The sourced card on this page: opens on hover, focus, click or tap of a highlight
 * (`<eclairage-mark class="eclairage-highlight" data-entity>`), one card at a time.
 * Call once per page, before or after the highlights are written; tell the handle when
 * highlights come and go, and the tab stops follow.
 */
export function mountCard({ dataset, lang, openTimeline }: MountCardOptions): CardHandle {
  const locale = localeFor(lang);
  const index = new DatasetIndex(dataset);
  const host = new CardHost();
  const access = new KeyboardAccess((entityId) => {
    const entity = index.entity(entityId);
    return entity && CARD_MESSAGES[locale.lang].highlightDescription(entity.name[locale.lang]);
  });
  const controller = new CardController({ host, index, locale, access, openTimeline });
  const events = new CardEvents(controller, host);
  events.start();
  access.start();
  return {
    highlightsChanged: (counts) => access.highlightsChanged(counts),
    destroy() {
      events.stop();
      controller.close(false);
      access.stop();
      host.destroy();
    },
  };
}
