// Prints "N passed, N failed" from Vitest's JSON report. A missing report (the build or
// the run broke before any test) counts as one failure, so that it cannot look green.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.log('0 passed, 1 failed');
  process.exit(0);
}
const passed = report.numPassedTests ?? 0;
// A file that failed without a failed test (it did not load, or a hook such as `beforeAll`
// threw, which leaves its tests skipped) counts as one failure.
const failed =
  (report.numFailedTests ?? 0) +
  (report.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
console.log(`${passed} passed, ${failed} failed`);
