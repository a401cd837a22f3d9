import type { Entity } from '../../data/schema';
import { precompileMatcher } from '../../entrypoints/content/matcher';
import { aliasTotal, syntheticCatalogue } from './catalogue/synthetic';
import type { Figures, PageSummary } from './summarise';
import { catalogueVariant, type Variant } from './variants';

/** The catalogue sizes of the scaling runs, in aliases. */
export const CATALOGUE_SIZES = [100, 1000, 10_000];

export interface CatalogueRun {
  aliases: number;
  entities: Entity[];
  variant: Variant;
  /**
   * Length of the combined pattern's source, and the time Node takes to precompile the
   * matcher (what `npm run data` does for the dataset; the page never does it).
   */
  patternLength: number;
  nodeBuildMs: number;
}

export interface ScalingSummary {
  page: string;
  sizes: { aliases: number; entities: number; patternLength: number; nodeBuildMs: number; figures: Figures }[];
}

/** One variant per size: the real matcher and highlighter, in the page, on the catalogue precompiled in Node. */
export async function catalogueRuns(dataset: readonly Entity[], sizes = CATALOGUE_SIZES): Promise<CatalogueRun[]> {
  return Promise.all(
    sizes.map(async (size) => {
      const entities = syntheticCatalogue(size, dataset);
      const start = performance.now();
      const matching = precompileMatcher(entities);
      const nodeBuildMs = performance.now() - start;
      return {
        aliases: aliasTotal(entities),
        entities,
        variant: await catalogueVariant(aliasTotal(entities), matching),
        patternLength: matching.pattern.source.length,
        nodeBuildMs,
      };
    }),
  );
}

export function summariseScaling(page: PageSummary, runs: readonly CatalogueRun[]): ScalingSummary {
  return {
    page: page.id,
    sizes: runs.flatMap((run) => {
      const figures = page.variants.find((variant) => variant.id === run.variant.id)?.figures;
      return figures
        ? [
            {
              aliases: run.aliases,
              entities: run.entities.length,
              patternLength: run.patternLength,
              nodeBuildMs: run.nodeBuildMs,
              figures,
            },
          ]
        : [];
    }),
  };
}
