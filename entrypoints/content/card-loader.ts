import { browser } from 'wxt/browser';
import type { CardHandle, MountCardOptions } from './card';

/** Where the card bundle leaves its entry point, in the content script's isolated world. */
export const CARD_MODULE_GLOBAL = '__eclairageCard';

export interface CardModule {
  mountCard(options: Omit<MountCardOptions, 'dataset'>): CardHandle;
}

/** The card bundle's path in the extension, listed in `web_accessible_resources`. */
export const CARD_BUNDLE_PATH = '/card-ui.js';

let loading: Promise<CardModule> | null = null;

/**
 * Loads the card bundle once per page (again after a failure). `import()` of an extension
 * file runs it in this isolated world (not the page's), like the content script itself.
 */
export function loadCardModule(): Promise<CardModule> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(CARD_BUNDLE_PATH))
    .then(() => {
      const module = (globalThis as unknown as Record<string, CardModule | undefined>)[CARD_MODULE_GLOBAL];
      if (!module) throw new Error('The card bundle did not register itself');
      return module;
    })
    .catch((error: unknown) => {
      // Not kept: a later call tries again.
      loading = null;
      throw error;
    });
  return loading;
}
