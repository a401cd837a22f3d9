import type { Dataset, MatchingEntity } from '../schema';

/** The part of the dataset that finding mentions needs: each entity's id, aliases and role. */
export function matchingView(dataset: Dataset): MatchingEntity[] {
  return dataset.entities.map(({ id, core, aliases }) => ({ id, core, aliases }));
}
