import type { Dataset, Entity, Source } from '../schema';

/** Id lookups over a dataset, built once. */
export class DatasetIndex {
  private readonly entities: Map<string, Entity>;
  private readonly sources: Map<string, Source>;

  constructor(readonly dataset: Dataset) {
    this.entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
    this.sources = new Map(dataset.sources.map((source) => [source.id, source]));
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  source(id: string): Source | undefined {
    return this.sources.get(id);
  }
}
