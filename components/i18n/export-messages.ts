import type { DatePrecision, Lang } from '../../data/schema';
import { useLocale } from './context';
import { plural } from './format-number';

/**
 * The strings of the exports: the buttons, and the text written into the exported files
 * (headings, CSV column names), which a journalist pastes into their notes as they are.
 */
export interface ExportMessages {
  exportLabel: string;
  markdown: string;
  csv: string;
  downloadLabel: (format: string, events: number) => string;
  copyMarkdown: string;
  copyMarkdownLabel: (events: number) => string;
  copyEvent: string;
  copyEventLabel: (title: string) => string;
  copied: string;
  copyFailed: string;
  downloaded: (file: string) => string;

  filteredBy: (parts: readonly string[]) => string;
  filterEntity: (name: string) => string;
  filterKind: (kind: string) => string;
  filterQuery: (query: string) => string;
  eventCount: (events: number) => string;
  exportedFrom: string;
  /** "Label : value" in French, "Label: value" in English. */
  labelled: (label: string, value: string) => string;
  involved: string;
  sourcesHeading: string;
  dateInferred: string;
  csvHeaders: {
    id: string;
    date: string;
    precision: string;
    dateShown: string;
    dateReason: string;
    title: string;
    description: string;
    entities: string;
    sources: string;
  };
  precision: Record<DatePrecision, string>;
}

const fr: ExportMessages = {
  exportLabel: 'Exporter',
  markdown: 'Markdown',
  csv: 'CSV',
  downloadLabel: (format, n) =>
    `Télécharger ${plural(n, 'fr', { one: 'l’événement affiché', other: 'les # événements affichés' })}, avec leurs sources, en ${format}`,
  copyMarkdown: 'Copier',
  copyMarkdownLabel: (n) =>
    `Copier ${plural(n, 'fr', { one: 'l’événement affiché', other: 'les # événements affichés' })}, avec leurs sources, en Markdown`,
  copyEvent: 'Copier',
  copyEventLabel: (title) => `Copier avec ses sources : ${title}`,
  copied: 'Copié',
  copyFailed: 'La copie a échoué',
  downloaded: (file) => `Fichier ${file} téléchargé`,

  filteredBy: (parts) => `Filtré : ${parts.join(' ; ')}.`,
  filterEntity: (name) => `entité ${name}`,
  filterKind: (kind) => `type ${kind}`,
  filterQuery: (query) => `recherche « ${query} »`,
  eventCount: (n) => plural(n, 'fr', { one: '# événement', other: '# événements' }),
  exportedFrom: 'Exporté depuis Éclairage : chaque événement cite ses sources.',
  labelled: (label, value) => `${label} : ${value}`,
  involved: 'Acteurs',
  sourcesHeading: 'Sources',
  dateInferred: 'date déduite',
  csvHeaders: {
    id: 'id',
    date: 'date',
    precision: 'précision',
    dateShown: 'date affichée',
    dateReason: 'raison de la date',
    title: 'titre',
    description: 'description',
    entities: 'acteurs',
    sources: 'sources',
  },
  precision: { day: 'jour', month: 'mois', year: 'année' },
};

const en: ExportMessages = {
  exportLabel: 'Export',
  markdown: 'Markdown',
  csv: 'CSV',
  downloadLabel: (format, n) =>
    `Download ${plural(n, 'en', { one: 'the event shown', other: 'the # events shown' })}, with their sources, as ${format}`,
  copyMarkdown: 'Copy',
  copyMarkdownLabel: (n) =>
    `Copy ${plural(n, 'en', { one: 'the event shown', other: 'the # events shown' })}, with their sources, as Markdown`,
  copyEvent: 'Copy',
  copyEventLabel: (title) => `Copy with its sources: ${title}`,
  copied: 'Copied',
  copyFailed: 'Copying failed',
  downloaded: (file) => `Downloaded ${file}`,

  filteredBy: (parts) => `Filtered: ${parts.join('; ')}.`,
  filterEntity: (name) => `entity ${name}`,
  filterKind: (kind) => `kind ${kind}`,
  filterQuery: (query) => `search “${query}”`,
  eventCount: (n) => plural(n, 'en', { one: '# event', other: '# events' }),
  exportedFrom: 'Exported from Éclairage: every event quotes its sources.',
  labelled: (label, value) => `${label}: ${value}`,
  involved: 'Involved',
  sourcesHeading: 'Sources',
  dateInferred: 'date inferred',
  csvHeaders: {
    id: 'id',
    date: 'date',
    precision: 'precision',
    dateShown: 'date shown',
    dateReason: 'date reason',
    title: 'title',
    description: 'description',
    entities: 'involved',
    sources: 'sources',
  },
  precision: { day: 'day', month: 'month', year: 'year' },
};

export const EXPORT_MESSAGES: Record<Lang, ExportMessages> = { fr, en };

export function useExportMessages(): ExportMessages {
  return EXPORT_MESSAGES[useLocale().lang];
}
