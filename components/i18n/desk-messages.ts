import type { Lang } from '../../data/schema';
import { useLocale } from './context';
import { formatNumber, plural } from './format-number';

/**
 * The strings of the popup's desk (on this page, timeline, entities, sources, export),
 * apart from `messages.ts` as the card's are, so that each catalogue stays readable.
 * Counts go through `plural` and `formatNumber`: Intl writes them for the language.
 */
export interface DeskMessages {
  tabsLabel: string;
  tabs: { page: string; timeline: string; entities: string; sources: string };
  /** Accessible name of the number of entities shown next to the "On this page" tab. */
  tabCount: (entities: number) => string;

  pageTitle: string;
  pageProbing: string;
  pageUnsupportedTitle: string;
  pageUnsupportedText: string;
  pageEmptyTitle: string;
  pageEmptyText: (entities: number) => string;
  pageOffSite: (host: string) => string;
  pageOffEverywhere: string;
  turnOnSite: string;
  turnOnEverywhere: string;
  pageSummary: (entities: number, mentions: number) => string;
  mentions: (count: number) => string;
  scrollHint: string;
  scrollToLabel: (name: string) => string;
  openCard: string;
  openCardLabel: (name: string) => string;
  scrolled: (name: string) => string;
  scrollMissing: (name: string) => string;
  /** Accessible name of the button that leaves a card for the list it was opened from. */
  backToList: string;

  timelineSearchLabel: string;
  timelineSearchPlaceholder: string;
  clearSearch: string;
  filterEntity: string;
  filterKind: string;
  allEntities: string;
  allKinds: string;
  entityOption: (name: string, events: number) => string;
  jumpToYear: string;
  jumpToYearLabel: (year: number) => string;
  resultCount: (shown: number, total: number) => string;
  resetFilters: string;
  noEvents: string;

  entitiesTitle: string;
  entitiesIntro: (entities: number) => string;
  entitySearchLabel: string;
  entitySearchPlaceholder: string;
  aliasMatch: (alias: string) => string;
  noEntities: string;
  entityResults: (count: number) => string;

  sourcesTitle: string;
  sourcesIntro: (sources: number) => string;
  citedPassages: (count: number) => string;
  readFullText: string;
  readFullTextLabel: (title: string) => string;
  backToSources: string;
  fullTextHeading: string;
  citedLegend: string;
  furniture: string;
  comments: string;
  citedBy: (names: string) => string;
}

const fr: DeskMessages = {
  tabsLabel: 'Rubriques d’Éclairage',
  tabs: { page: 'Sur cette page', timeline: 'Chronologie', entities: 'Index', sources: 'Sources' },
  tabCount: (n) => plural(n, 'fr', { one: '# entité', other: '# entités' }),

  pageTitle: 'Sur cette page',
  pageProbing: 'Lecture de la page…',
  pageUnsupportedTitle: 'Éclairage ne peut pas lire cette page',
  pageUnsupportedText:
    'Les pages du navigateur, la boutique d’extensions et les pages des autres extensions sont fermées aux extensions. Ouvrez un article pour voir ce qu’il mentionne ; la chronologie, l’index et les sources restent accessibles.',
  pageEmptyTitle: 'Rien de l’affaire sur cette page',
  pageEmptyText: (n) =>
    `Aucune des ${formatNumber(n, 'fr')} entités du jeu de données n’est mentionnée ici. La chronologie, l’index et les sources restent accessibles.`,
  pageOffSite: (host) => `Éclairage est désactivé sur ${host}.`,
  pageOffEverywhere: 'Éclairage est désactivé partout.',
  turnOnSite: 'Activer sur ce site',
  turnOnEverywhere: 'Activer partout',
  pageSummary: (entities, mentions) =>
    `${plural(entities, 'fr', { one: '# entité', other: '# entités' })}, ${plural(mentions, 'fr', { one: '# mention', other: '# mentions' })}`,
  mentions: (n) => plural(n, 'fr', { one: '# mention', other: '# mentions' }),
  scrollHint: 'Choisissez une entité pour aller à sa première mention dans la page.',
  scrollToLabel: (name) => `Aller à la première mention de ${name} dans la page`,
  openCard: 'Fiche',
  openCardLabel: (name) => `Ouvrir la fiche : ${name}`,
  scrolled: (name) => `Première mention de ${name} affichée dans la page.`,
  scrollMissing: (name) => `${name} n’est plus mentionné dans la page.`,
  backToList: 'Retour à la liste',

  timelineSearchLabel: 'Rechercher dans la chronologie',
  timelineSearchPlaceholder: 'Mots, noms, citations…',
  clearSearch: 'Effacer la recherche',
  filterEntity: 'Entité',
  filterKind: 'Type',
  allEntities: 'Toutes les entités',
  allKinds: 'Tous les types',
  entityOption: (name, n) => `${name} (${formatNumber(n, 'fr')})`,
  jumpToYear: 'Aller à l’année',
  jumpToYearLabel: (year) => `Aller à ${year}`,
  resultCount: (shown, total) =>
    shown === total
      ? plural(total, 'fr', { one: '# événement', other: '# événements' })
      : `${formatNumber(shown, 'fr')} sur ${plural(total, 'fr', { one: '# événement', other: '# événements' })}`,
  resetFilters: 'Tout afficher',
  noEvents: 'Aucun événement ne correspond à ces filtres.',

  entitiesTitle: 'Index des entités',
  entitiesIntro: (n) => `Les ${formatNumber(n, 'fr')} entités de l’affaire, chacune avec sa fiche sourcée.`,
  entitySearchLabel: 'Rechercher une entité',
  entitySearchPlaceholder: 'Nom, sigle ou autre appellation…',
  aliasMatch: (alias) => `aussi « ${alias} »`,
  noEntities: 'Aucune entité ne porte ce nom.',
  entityResults: (n) => plural(n, 'fr', { one: '# entité', other: '# entités' }),

  sourcesTitle: 'Les documents sources',
  sourcesIntro: (n) => `Tout ce que dit Éclairage vient de ces ${formatNumber(n, 'fr')} documents.`,
  citedPassages: (n) => plural(n, 'fr', { one: '# passage cité', other: '# passages cités' }),
  readFullText: 'Lire le texte intégral',
  readFullTextLabel: (title) => `Lire le texte intégral : ${title}`,
  backToSources: 'Retour aux sources',
  fullTextHeading: 'Texte intégral',
  citedLegend: 'Surlignés : les passages que cite le jeu de données.',
  furniture: 'Habillage de la page, jamais cité',
  comments: 'Commentaires de lecteurs, jamais cités',
  citedBy: (names) => `Cité par : ${names}`,
};

const en: DeskMessages = {
  tabsLabel: 'Éclairage sections',
  tabs: { page: 'On this page', timeline: 'Timeline', entities: 'Index', sources: 'Sources' },
  tabCount: (n) => plural(n, 'en', { one: '# entity', other: '# entities' }),

  pageTitle: 'On this page',
  pageProbing: 'Reading the page…',
  pageUnsupportedTitle: 'Éclairage cannot read this page',
  pageUnsupportedText:
    'Browser pages, the extension store and other extensions’ pages are closed to extensions. Open an article to see what it mentions; the timeline, the index and the sources are still here.',
  pageEmptyTitle: 'Nothing from the affair on this page',
  pageEmptyText: (n) =>
    `None of the dataset’s ${formatNumber(n, 'en')} entities is mentioned here. The timeline, the index and the sources are still here.`,
  pageOffSite: (host) => `Éclairage is off on ${host}.`,
  pageOffEverywhere: 'Éclairage is off everywhere.',
  turnOnSite: 'Turn on for this site',
  turnOnEverywhere: 'Turn on everywhere',
  pageSummary: (entities, mentions) =>
    `${plural(entities, 'en', { one: '# entity', other: '# entities' })}, ${plural(mentions, 'en', { one: '# mention', other: '# mentions' })}`,
  mentions: (n) => plural(n, 'en', { one: '# mention', other: '# mentions' }),
  scrollHint: 'Choose an entity to go to its first mention on the page.',
  scrollToLabel: (name) => `Go to the first mention of ${name} on the page`,
  openCard: 'Card',
  openCardLabel: (name) => `Open the card: ${name}`,
  scrolled: (name) => `First mention of ${name} shown on the page.`,
  scrollMissing: (name) => `${name} is no longer mentioned on the page.`,
  backToList: 'Back to the list',

  timelineSearchLabel: 'Search the timeline',
  timelineSearchPlaceholder: 'Words, names, quotes…',
  clearSearch: 'Clear the search',
  filterEntity: 'Entity',
  filterKind: 'Kind',
  allEntities: 'All entities',
  allKinds: 'All kinds',
  entityOption: (name, n) => `${name} (${formatNumber(n, 'en')})`,
  jumpToYear: 'Go to year',
  jumpToYearLabel: (year) => `Go to ${year}`,
  resultCount: (shown, total) =>
    shown === total
      ? plural(total, 'en', { one: '# event', other: '# events' })
      : `${formatNumber(shown, 'en')} of ${plural(total, 'en', { one: '# event', other: '# events' })}`,
  resetFilters: 'Show all',
  noEvents: 'No event matches these filters.',

  entitiesTitle: 'Index of entities',
  entitiesIntro: (n) => `The affair’s ${formatNumber(n, 'en')} entities, each with its sourced card.`,
  entitySearchLabel: 'Search entities',
  entitySearchPlaceholder: 'Name, acronym or other name…',
  aliasMatch: (alias) => `also “${alias}”`,
  noEntities: 'No entity goes by that name.',
  entityResults: (n) => plural(n, 'en', { one: '# entity', other: '# entities' }),

  sourcesTitle: 'The source documents',
  sourcesIntro: (n) => `Everything Éclairage says comes from these ${formatNumber(n, 'en')} documents.`,
  citedPassages: (n) => plural(n, 'en', { one: '# passage cited', other: '# passages cited' }),
  readFullText: 'Read the full text',
  readFullTextLabel: (title) => `Read the full text: ${title}`,
  backToSources: 'Back to the sources',
  fullTextHeading: 'Full text',
  citedLegend: 'Marked: the passages the dataset cites.',
  furniture: 'Page furniture, never cited',
  comments: 'Reader comments, never cited',
  citedBy: (names) => `Cited by: ${names}`,
};

export const DESK_MESSAGES: Record<Lang, DeskMessages> = { fr, en };

/** The desk's strings in the interface language of the surrounding `LocaleContext`. */
export function useDeskMessages(): DeskMessages {
  return DESK_MESSAGES[useLocale().lang];
}
