/**
 * `npm run data`: compiles `data/catalogue` against `seeds/` into `data/dataset.json`, and
 * the matcher the content script finds mentions with, precompiled, into `data/matching.json`,
 * and the entities' names into `data/entity-names.json`.
 * Exits non-zero, listing every problem, when the catalogue cannot be trusted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue } from '../catalogue/index';
import { compileCatalogue } from './compile';
import { CatalogueError } from './problems';
import { projectRoot, readSeeds } from './read-seeds';
import { entityNames, matchingView } from './matching-view';

try {
  const dataset = compileCatalogue(catalogue, readSeeds());
  writeFileSync(join(projectRoot, 'data', 'dataset.json'), JSON.stringify(dataset, null, 1) + '\n');
  // What the content script needs on every page: the matcher, ready to run. The rest
  // (summaries, quotes, source texts) loads with the card, on pages that mention the affair.
  writeFileSync(join(projectRoot, 'data', 'matching.json'), JSON.stringify(matchingView(dataset)) + '\n');
  // And the entities' names, which the tab stops' descriptions say before any card loads.
  writeFileSync(join(projectRoot, 'data', 'entity-names.json'), JSON.stringify(entityNames(dataset)) + '\n');
  const citations =
    dataset.entities.reduce((sum, entity) => sum + entity.citations.length, 0) +
    dataset.events.reduce((sum, event) => sum + event.citations.length, 0);
  console.log(
    `data/dataset.json: ${dataset.sources.length} sources, ${dataset.entities.length} entities, ` +
      `${dataset.events.length} events, ${citations} citations, every quote found in its source.`,
  );
} catch (error) {
  console.error(error instanceof CatalogueError ? error.message : error);
  process.exit(1);
}
