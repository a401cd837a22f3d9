import type { Lang } from '../../data/schema';

/**
 * The one string the content script says on every page with highlights, before any card
 * is loaded: the description of an entity's tab stop, after the highlight's own text. Kept
 * out of the card's catalogue, which comes with the card bundle.
 */
export const HIGHLIGHT_DESCRIPTION: Record<Lang, (name: string) => string> = {
  fr: (name) => `Éclairage : fiche sourcée sur ${name}`,
  en: (name) => `Éclairage: sourced card on ${name}`,
};
