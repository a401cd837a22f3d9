import names from './entity-names.json';
import type { EntityNames } from './compiler/matching-view';

/**
 * The entities' names, compiled by `npm run data`: what the content script needs to name
 * an entity on every page (the tab stops' descriptions) before the card bundle, with the
 * rest of the dataset, is loaded.
 */
export const entityNames = names as EntityNames;
