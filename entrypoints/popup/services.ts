import type { SettingsStore } from '../../components/settings/use-settings';
import type { ExportFile } from '../../components/export/timeline-export';

/** What one look at the active tab found. */
export type PageProbe =
  | { status: 'ready'; host: string; counts: Record<string, number> }
  /** No content script answered: a browser page, the store, or a page still starting. */
  | { status: 'no-answer' }
  /** Same, on a tab still loading: its content script may answer soon. */
  | { status: 'loading' }
  /** There is no page to look at (the popup opened as a tab of its own). */
  | { status: 'unsupported' };

/**
 * Everything the popup asks of the browser, behind one interface: `browser-services.ts`
 * implements it with the extension APIs, unit tests with fakes.
 */
export interface PopupServices extends SettingsStore {
  probePage: () => Promise<PageProbe>;
  /** Calls the listener with the counts the active tab's content script reports after each pass. */
  watchCounts: (listener: (counts: Record<string, number>) => void) => () => void;
  /** Scrolls the active tab to the first mention of an entity; false when there is none. */
  scrollTo: (entityId: string) => Promise<boolean>;
  copy: (text: string) => Promise<void>;
  download: (file: ExportFile) => void;
  openOptions: () => void;
}
