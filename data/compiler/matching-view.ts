import { precompileMatcher } from '../../entrypoints/content/matcher/precompile';
import type { PrecompiledMatcher } from '../../entrypoints/content/matcher/precompiled';
import type { Dataset } from '../schema';

/**
 * What finding mentions needs of the dataset, precompiled: built here rather than on every
 * page, where it cost a long task (see `precompiled.ts`).
 */
export function matchingView(dataset: Dataset): PrecompiledMatcher {
  return precompileMatcher(dataset.entities);
}
