import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../data/compiler/read-seeds';
import type { BudgetResult } from './budgets';
import type { ContentScriptSize } from './content-size';
import type { ScalingSummary } from './scaling';
import type { PageSummary } from './summarise';

/** Everything one benchmark run measured: what `report.ts` prints and the JSON file holds. */
export interface BenchResults {
  meta: {
    date: string;
    chromium: string;
    node: string;
    platform: string;
    cpus: number;
    runs: number;
    /** Wall time of the whole benchmark (s). */
    durationS: number;
  };
  contentScript: ContentScriptSize | null;
  pages: PageSummary[];
  scaling: ScalingSummary | null;
  budgets: BudgetResult[];
}

/** Where `npm run bench` writes its figures (gitignored). */
export const DEFAULT_RESULTS_FILE = join(projectRoot, 'bench-results', 'bench.json');

export function writeResults(results: BenchResults, file = DEFAULT_RESULTS_FILE): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
