import compiled from './matching.json';
import type { PrecompiledMatcher } from '../entrypoints/content/matcher/precompiled';

/**
 * The matcher, precompiled from the entities' names and matching rules by `npm run data`,
 * for the content script that runs on every page: a few KB instead of the whole dataset,
 * and no pattern to build on the page (see `entrypoints/content/matcher/precompiled.ts`).
 */
export const precompiledMatcher = compiled as unknown as PrecompiledMatcher;
