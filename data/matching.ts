import compiled from './matching.json';
import type { MatchingEntity } from './schema';

/**
 * The entities' names and matching rules only, for the content script that runs on every
 * page: a few KB instead of the whole dataset. Written by `npm run data`.
 */
export const matchingEntities = compiled as unknown as MatchingEntity[];
