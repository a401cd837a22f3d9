import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { dataset } from '../data/dataset';
import { mountCard } from './content/card';
import { CARD_MODULE_GLOBAL, type CardModule } from './content/card-loader';

/**
 * The card and everything it shows (Preact, Floating UI, the whole dataset with its
 * quotes and source texts), loaded by the content script on the reader's first gesture
 * towards a highlight (see `content/card/card-wake.ts`). Pages that never mention the
 * affair — most pages — and pages only read, never pay for it.
 * Loaded with `import()`, it runs in the content script's own isolated world, where it
 * leaves its entry point for the content script to pick up.
 */
export default defineUnlistedScript(() => {
  const module: CardModule = {
    mountCard: (options) => mountCard({ dataset, ...options }),
  };
  (globalThis as unknown as Record<string, CardModule>)[CARD_MODULE_GLOBAL] = module;
});
