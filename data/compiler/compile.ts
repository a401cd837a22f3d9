import type { Catalogue, Dataset, Entity, TimelineEvent } from '../schema';
import { CompileContext } from './context';
import { CatalogueError } from './problems';
import { compileSources } from './compile-sources';
import { compileEntity } from './compile-entities';
import { compileEvent } from './compile-events';
import { checkAliasClaims } from './check-aliases';

function checkUniqueIds(items: { id: string }[], label: string, context: CompileContext): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) context.report(`${label} "${id}"`, 'id', `duplicate ${label} id`, id);
    seen.add(id);
  }
}

function checkEntityIds(ids: string[], item: string, field: string, known: Set<string>, context: CompileContext): void {
  ids.forEach((id, index) => {
    if (!known.has(id)) context.report(item, `${field}[${index}]`, 'unknown entity id', id);
  });
}

/**
 * Compiles the hand-written catalogue against the seed documents.
 * @param seeds the seed texts by source id (file name without extension)
 * @throws CatalogueError listing every problem found, when there is at least one
 */
export function compileCatalogue(catalogue: Catalogue, seeds: ReadonlyMap<string, string>): Dataset {
  const context = new CompileContext();
  const sources = compileSources(catalogue.sources, seeds, context);

  checkUniqueIds(catalogue.entities, 'entity', context);
  checkUniqueIds(catalogue.events, 'event', context);
  const entities: Entity[] = catalogue.entities.map((entity) => compileEntity(entity, sources, context));
  const events: TimelineEvent[] = catalogue.events.map((event) => compileEvent(event, sources, context));

  const entityIds = new Set(entities.map((entity) => entity.id));
  for (const entity of entities) {
    checkEntityIds(entity.related, `entity "${entity.id}"`, 'related', entityIds, context);
  }
  for (const event of events) {
    if (event.entities.length === 0)
      context.report(`event "${event.id}"`, 'entities', 'an event names at least one entity');
    checkEntityIds(event.entities, `event "${event.id}"`, 'entities', entityIds, context);
  }
  checkAliasClaims(entities, context);

  if (context.problems.length > 0) throw new CatalogueError(context.problems);
  return {
    schemaVersion: 1,
    sources: [...sources.values()].map(({ source }) => source),
    entities,
    events,
  };
}
