/**
 * `npm run bench`: builds the extension (the npm script does), runs the benchmark, prints
 * the table and writes the figures as JSON.
 *
 *   tsx test/bench/run.ts [--runs 7] [--pages a,b,c,d] [--scaling 100,1000,10000] [--scaling-page b]
 *                         [--out FILE]
 *                         [--all-baselines] [--variants extension,scan,…] [--dump DIR]
 *
 * Exits with 1 when a budget is missed.
 */
import { parseArgs } from 'node:util';
import { runBenchmark } from './harness';
import { formatReport } from './report';
import { DEFAULT_RESULTS_FILE, writeResults } from './results';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    pages: { type: 'string', default: 'a,b,c,d' },
    scaling: { type: 'string', default: '100,1000,10000' },
    'scaling-page': { type: 'string', default: 'b' },
    out: { type: 'string', default: DEFAULT_RESULTS_FILE },
    variants: { type: 'string' },
    dump: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    'all-baselines': { type: 'boolean', default: false },
  },
});

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const results = await runBenchmark({
  runs: Number(values.runs),
  pages: list(values.pages),
  scaling: list(values.scaling).map(Number),
  scalingPage: values['scaling-page'],
  allBaselines: values['all-baselines'],
  variants: values.variants === undefined ? undefined : list(values.variants),
  dumpDir: values.dump,
  log: values.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(`\n${formatReport(results)}`);
const file = writeResults(results, values.out);
process.stdout.write(`\nFigures written to ${file}\n`);
if (results.budgets.some((budget) => !budget.pass)) process.exitCode = 1;
