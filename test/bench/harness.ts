import { cpus, platform, release } from 'node:os';
import type { BrowserContext } from 'playwright-core';
import { dataset } from '../../data/dataset';
import { createMatcher } from '../../entrypoints/content/matcher';
import { launchBenchBrowsers } from './browsers';
import { checkBudgets } from './budgets';
import { contentScriptSize } from './content-size';
import { measureRun, type RunFigures } from './measure-run';
import { PAGES, DEFAULT_PAGES, type PageSpec } from './pages';
import type { BenchResults } from './results';
import { CATALOGUE_SIZES, catalogueRuns, summariseScaling } from './scaling';
import { startBenchServer } from './server';
import { summarisePage, type PageSummary } from './summarise';
import { cell } from './table';
import { standardVariants, type DatasetMatching, type Variant } from './variants';

export interface BenchOptions {
  /** Runs per variant per page. @default 5 */
  runs?: number;
  /** Page ids, from `pages/index.ts`. @default ['a', 'b', 'c', 'd'] */
  pages?: string[];
  /** Catalogue sizes for the scaling runs; `[]` for none. @default [100, 1000, 10000] */
  scaling?: number[];
  /** The page of the scaling runs; they run only if it is among `pages`. @default 'b' */
  scalingPage?: string;
  /** Naive mark.js on (c) and on every run of (b), the write floor on (c): minutes more. @default false */
  allBaselines?: boolean;
  /** Only these variants (ids), e.g. to look into one figure. @default all */
  variants?: string[];
  /**
   * Writes each run's CPU profile and detailed trace there, named page-variant-run, to look
   * into a figure. The detailed trace makes every task a little dearer. @default none
   */
  dumpDir?: string;
  /** Progress, one line per run. @default nothing */
  log?: (line: string) => void;
}

/** The pattern and alias list of the real dataset, as the extension builds them. */
export function datasetMatching(): DatasetMatching {
  const { pattern } = createMatcher(dataset.entities);
  return {
    pattern: { source: pattern.source, flags: pattern.flags },
    aliases: dataset.entities.flatMap((entity) => entity.aliases.map((alias) => alias.text)),
  };
}

/**
 * The whole benchmark: every page, every variant, `runs` times each, interleaved (run 1 of
 * every variant, then run 2…, in a rotating order) so that a machine's slow moment spreads
 * over all of them instead of weighing on one.
 */
export async function runBenchmark(options: BenchOptions = {}): Promise<BenchResults> {
  const { runs = 5, pages: pageIds = DEFAULT_PAGES, scaling: sizes = CATALOGUE_SIZES, log = () => {} } = options;
  const scalingPage = options.scalingPage ?? 'b';
  const started = performance.now();
  const specs = pageIds.map((id) => {
    const make = PAGES[id];
    if (!make) throw new Error(`Unknown page "${id}"; pages: ${Object.keys(PAGES).join(', ')}`);
    return make();
  });
  const standard = await standardVariants(datasetMatching(), options.allBaselines);
  const catalogues =
    specs.some((spec) => spec.id === scalingPage) && sizes.length > 0
      ? await catalogueRuns(dataset.entities, sizes)
      : [];
  const server = await startBenchServer(new Map(specs.map((spec) => [spec.id, spec.html])));
  const browsers = await launchBenchBrowsers();
  try {
    const setup = { server, contexts: browsers.contexts, dumpDir: options.dumpDir };
    const summaries: PageSummary[] = [];
    for (const spec of specs) {
      const scaling = spec.id === scalingPage ? catalogues.map((run) => run.variant) : [];
      const variants = variantsFor(spec, standard, scaling).filter(
        (variant) =>
          (variant.maxRuns?.(spec.id) ?? 1) > 0 &&
          (!options.variants || variant.id === 'none' || options.variants.includes(variant.id)),
      );
      const figures = new Map<Variant, RunFigures[]>(variants.map((variant) => [variant, []]));
      for (let run = 0; run < runs; run++) {
        for (let i = 0; i < variants.length; i++) {
          const variant = variants[(i + run) % variants.length] as Variant;
          if (run >= (variant.maxRuns?.(spec.id) ?? Infinity)) continue;
          const result = await measureRun(setup, spec, variant, run);
          figures.get(variant)?.push(result);
          log(progressLine(spec, variant, run, runs, result));
        }
      }
      summaries.push(summarisePage(spec, figures));
    }
    const page = summaries.find((summary) => summary.id === scalingPage);
    const scaling = page && catalogues.length > 0 ? summariseScaling(page, catalogues) : null;
    const size = contentScriptSize();
    return {
      meta: {
        date: new Date().toISOString(),
        chromium: await chromiumVersion(browsers.contexts.plain),
        node: process.version,
        platform: `${platform()} ${release()}`,
        cpus: cpus().length,
        runs,
        durationS: (performance.now() - started) / 1000,
      },
      contentScript: size,
      pages: summaries,
      scaling,
      budgets: checkBudgets({ pages: summaries, size, scaling }),
    };
  } finally {
    await browsers.close();
    await server.close();
  }
}

/**
 * The extension and the page alone run everywhere. Naive mark.js and the scan floor are
 * whole-page, one-shot highlighters: they run on the static pages. The write floor also
 * follows a feed (see `baselines/write-floor.ts`), so that the feed's figure has a floor too.
 */
function variantsFor(spec: PageSpec, standard: Variant[], catalogues: Variant[]): Variant[] {
  if (spec.feed) return standard.filter((variant) => ['extension', 'write', 'none'].includes(variant.id));
  return [...standard, ...catalogues];
}

function progressLine(spec: PageSpec, variant: Variant, run: number, runs: number, result: RunFigures): string {
  const errors = result.errors.length > 0 ? `, page errors: ${result.errors.join(' | ')}` : '';
  return (
    `[${spec.id} ${run + 1}/${runs}] ${variant.label}: script ${cell(result.script)} ms, main thread ` +
    `${cell(result.mainThread)} ms, longest task ${cell(result.longestTask)} ms, ${result.highlights} highlights${errors}`
  );
}

async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return product;
  } finally {
    await page.close();
  }
}
