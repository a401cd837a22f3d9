import type { EntityKind, SourceKind } from '../../data/schema';

/**
 * Every string the interface shows, in French and English. Components never hold text
 * of their own: they take it from here through `useMessages()`.
 */
export interface Messages {
  appName: string;
  timelineTitle: string;
  timelineIntro: (events: number, sources: number) => string;
  /** Prefix of a date that is inferred or vague. */
  about: string;
  inferredDate: string;
  entitiesInvolved: string;
  sourcesLabel: string;
  /** Accessible name of a numbered reference button. */
  referenceLabel: (index: number, source: string) => string;
  quoteInContext: string;
  closeSource: string;
  published: string;
  author: string;
  outlet: string;
  reference: string;
  titleDescribed: string;
  yearHeading: (year: number) => string;
  sourceKinds: Record<SourceKind, string>;
  entityKinds: Record<EntityKind, string>;
}

const fr: Messages = {
  appName: 'Éclairage',
  timelineTitle: 'Chronologie de l’affaire',
  timelineIntro: (events, sources) => `${events} événements, tous sourcés dans ${sources} documents.`,
  about: 'vers',
  inferredDate: 'Date déduite',
  entitiesInvolved: 'Acteurs',
  sourcesLabel: 'Sources',
  referenceLabel: (index, source) => `Référence ${index} : ${source}`,
  quoteInContext: 'Le passage cité dans son contexte',
  closeSource: 'Fermer',
  published: 'Publication',
  author: 'Auteur',
  outlet: 'Média',
  reference: 'Référence',
  titleDescribed: 'titre descriptif, le document n’en a pas',
  yearHeading: (year) => String(year),
  sourceKinds: {
    'parliamentary-question': 'Question écrite parlementaire',
    'news-article': 'Article de presse',
    'wire-story': 'Dépêche d’agence',
  },
  entityKinds: {
    organisation: 'Organisation',
    'public-body': 'Organisme public',
    company: 'Entreprise',
    association: 'Association',
    law: 'Loi',
    agreement: 'Accord',
    project: 'Projet',
    court: 'Juridiction',
    person: 'Personne',
    certification: 'Qualification',
    product: 'Produit',
    standard: 'Standard',
  },
};

const en: Messages = {
  appName: 'Éclairage',
  timelineTitle: 'Timeline of the affair',
  timelineIntro: (events, sources) => `${events} events, each sourced in ${sources} documents.`,
  about: 'about',
  inferredDate: 'Inferred date',
  entitiesInvolved: 'Involved',
  sourcesLabel: 'Sources',
  referenceLabel: (index, source) => `Reference ${index}: ${source}`,
  quoteInContext: 'The quoted passage in its context',
  closeSource: 'Close',
  published: 'Published',
  author: 'Author',
  outlet: 'Outlet',
  reference: 'Reference',
  titleDescribed: 'descriptive title, the document has none',
  yearHeading: (year) => String(year),
  sourceKinds: {
    'parliamentary-question': 'Parliamentary written question',
    'news-article': 'News article',
    'wire-story': 'Wire story',
  },
  entityKinds: {
    organisation: 'Organisation',
    'public-body': 'Public body',
    company: 'Company',
    association: 'Association',
    law: 'Law',
    agreement: 'Agreement',
    project: 'Project',
    court: 'Court',
    person: 'Person',
    certification: 'Certification',
    product: 'Product',
    standard: 'Standard',
  },
};

export const MESSAGES: Record<'fr' | 'en', Messages> = { fr, en };
