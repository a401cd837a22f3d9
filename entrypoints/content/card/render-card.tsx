import { render } from 'preact';
import type { Entity, Source } from '../../../data/schema';
import { LocaleContext, type Locale } from '../../../components/i18n/context';
import { EntityCard } from '../../../components/card/EntityCard';

export interface CardView {
  entity: Entity;
  entityOf: (id: string) => Entity | undefined;
  sourceOf: (id: string) => Source | undefined;
  onClose: () => void;
  onShowEntity: (id: string) => void;
  onOpenTimeline: (id: string) => void;
  onCopy: (text: string) => Promise<void>;
}

/**
 * Renders the card into its popover. Keyed by entity, so showing a related entity starts
 * a fresh card (no quote left open from the previous one).
 */
export function renderCard(target: HTMLElement, locale: Locale, view: CardView): void {
  render(
    <LocaleContext.Provider value={locale}>
      <EntityCard key={view.entity.id} {...view} />
    </LocaleContext.Provider>,
    target,
  );
}

export function clearCard(target: HTMLElement): void {
  render(null, target);
}
