import type { Lang } from '../../data/schema';
import { useLocale } from './context';

/**
 * The card's own strings, kept apart from `messages.ts` so that the card can grow without
 * touching the popup's catalogue. Shared words (entity kinds, source kinds, "about") stay
 * in `messages.ts` and are read from there.
 */
export interface CardMessages {
  /** Accessible name of the close button (its visible text is "×"). */
  close: string;
  factsHeading: string;
  relatedHeading: string;
  /** Accessible name of a related entity's button. */
  showRelated: (name: string) => string;
  /** The button that opens the full timeline, filtered on the card's entity. */
  timelineLink: string;
  /** "Sources up to March 2024": how recent the card's knowledge is. */
  sourcesUpTo: (date: string) => string;
  /** Why the recency line is there, shown as its tooltip. */
  recencyHint: string;
  copyHeading: string;
  copyText: string;
  copyMarkdown: string;
  /** Accessible names of the two copy buttons, which read only "Text" / "Markdown". */
  copyTextLabel: string;
  copyMarkdownLabel: string;
  copied: string;
  copyFailed: string;
  /** Heading of the numbered references in the copied text. */
  referencesHeading: string;
  /** Said after a copied source's date when that date is inferred. */
  dateInferred: string;
  /** Credit line of the copied text. */
  copiedFrom: string;
  /** Shown in a card opened by focusing a link that names the entity: how to enter it. */
  controlHint: string;
  /** Announced to screen readers when focus on such a link opens the card. */
  controlAnnouncement: (name: string) => string;
}

const fr: CardMessages = {
  close: 'Fermer la fiche',
  factsHeading: 'Faits clés',
  relatedHeading: 'Voir aussi',
  showRelated: (name) => `Afficher la fiche : ${name}`,
  timelineLink: 'Voir dans la chronologie',
  sourcesUpTo: (date) => `Sources jusqu’à ${date}`,
  recencyHint: 'Date du document le plus récent sur lequel s’appuie cette fiche : ce n’est pas l’actualité du jour.',
  copyHeading: 'Copier avec les sources',
  copyText: 'Texte',
  copyMarkdown: 'Markdown',
  copyTextLabel: 'Copier avec les sources, en texte brut',
  copyMarkdownLabel: 'Copier avec les sources, en Markdown',
  copied: 'Copié dans le presse-papiers',
  copyFailed: 'La copie a échoué',
  referencesHeading: 'Sources',
  dateInferred: 'date déduite',
  copiedFrom: 'Via Éclairage',
  controlHint: 'Alt + ↓ pour entrer dans la fiche',
  controlAnnouncement: (name) => `Éclairage : fiche sourcée sur ${name}. Alt + flèche bas pour y entrer.`,
};

const en: CardMessages = {
  close: 'Close the card',
  factsHeading: 'Key facts',
  relatedHeading: 'See also',
  showRelated: (name) => `Show the card: ${name}`,
  timelineLink: 'See in the timeline',
  sourcesUpTo: (date) => `Sources up to ${date}`,
  recencyHint: 'Date of the newest document this card draws on: this is not today’s news.',
  copyHeading: 'Copy with sources',
  copyText: 'Text',
  copyMarkdown: 'Markdown',
  copyTextLabel: 'Copy with sources, as plain text',
  copyMarkdownLabel: 'Copy with sources, as Markdown',
  copied: 'Copied to the clipboard',
  copyFailed: 'Copying failed',
  referencesHeading: 'Sources',
  dateInferred: 'date inferred',
  copiedFrom: 'Via Éclairage',
  controlHint: 'Alt + ↓ to enter the card',
  controlAnnouncement: (name) => `Éclairage: sourced card on ${name}. Alt + Down arrow to enter it.`,
};

export const CARD_MESSAGES: Record<Lang, CardMessages> = { fr, en };

/** The card's strings in the interface language of the surrounding `LocaleContext`. */
export function useCardMessages(): CardMessages {
  return CARD_MESSAGES[useLocale().lang];
}
