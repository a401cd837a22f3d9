import { precompileMatcher } from '../../entrypoints/content/matcher/precompile';
import type { PrecompiledMatcher } from '../../entrypoints/content/matcher/precompiled';
import type { Dataset, Localized } from '../schema';

/**
 * What finding mentions needs of the dataset, precompiled: built here rather than on every
 * page, where it cost a long task (see `precompiled.ts`).
 */
export function matchingView(dataset: Dataset): PrecompiledMatcher {
  return precompileMatcher(dataset.entities);
}

/** Entity id → its name in each language: all the content script needs to name an entity. */
export type EntityNames = Record<string, Localized>;

export function entityNames(dataset: Dataset): EntityNames {
  return Object.fromEntries(dataset.entities.map((entity) => [entity.id, entity.name]));
}
