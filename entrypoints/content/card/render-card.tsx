import { render } from 'preact';
import { LocaleContext, type Locale } from '../../../components/i18n/context';
import { EntityCard, type EntityCardProps } from '../../../components/card/EntityCard';

/** What the card shows and does: the card component's own props. */
export type CardView = EntityCardProps;

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
