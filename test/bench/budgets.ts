import type { ContentScriptSize } from './content-size';
import { ratio } from './stats';
import { variantOf, type PageSummary } from './summarise';
import type { ScalingSummary } from './scaling';

/** A budget of the issue, checked against this run's figures. */
export interface BudgetResult {
  budget: string;
  /** The measured figure, as printed. */
  measured: string;
  limit: string;
  value: number;
  pass: boolean;
}

/** Kilobyte as the budget means it: 1,000 bytes (the stricter reading). */
export const KB = 1000;

export interface BudgetInputs {
  pages: PageSummary[];
  size: ContentScriptSize | null;
  scaling: ScalingSummary | null;
}

/** Every budget whose figures this run has; one missing page or variant skips its budgets. */
export function checkBudgets({ pages, size, scaling }: BudgetInputs): BudgetResult[] {
  const results: BudgetResult[] = [];
  const page = (id: string) => pages.find((summary) => summary.id === id);
  const atMost = (budget: string, value: number, limit: number, unit: (n: number) => string) =>
    Number.isFinite(value) &&
    results.push({ budget, measured: unit(value), limit: `≤ ${unit(limit)}`, value, pass: value <= limit });
  const times = (n: number) => `${n.toFixed(2)}×`;
  const ms = (n: number) => `${n.toFixed(1)} ms`;

  const b = page('b');
  const bExtension = variantOf(b, 'extension');
  if (bExtension) {
    atMost('(b) longest task caused by the extension (median of runs)', bExtension.longestTask, 50, ms);
    atMost(
      '(b) script time, extension / scan floor',
      ratio(bExtension.script, variantOf(b, 'scan')?.script ?? NaN),
      3,
      times,
    );
    atMost(
      '(b) main-thread time, extension / write floor',
      ratio(bExtension.mainThread, variantOf(b, 'write')?.mainThread ?? NaN),
      1.5,
      times,
    );
    const speedup = ratio(variantOf(b, 'naive')?.mainThread ?? NaN, bExtension.mainThread);
    if (Number.isFinite(speedup)) {
      results.push({
        budget: '(b) naive mark.js main-thread time / extension’s',
        measured: times(speedup),
        limit: '≥ 20.00×',
        value: speedup,
        pass: speedup >= 20,
      });
    }
  }
  const c = page('c');
  const cExtension = variantOf(c, 'extension');
  if (cExtension) {
    atMost(
      '(c) script time, extension / scan floor',
      ratio(cExtension.script, variantOf(c, 'scan')?.script ?? NaN),
      2,
      times,
    );
  }
  const feed = page('d')?.feed;
  if (feed) {
    atMost('(d) extension main-thread time / wall time', feed.mainThreadShare * 100, 5, (n) => `${n.toFixed(2)} %`);
    results.push({
      budget: '(d) every appended mention highlighted (every run)',
      measured: `${feed.highlightedWorst} / ${feed.appended}`,
      limit: `${feed.appended} / ${feed.appended}`,
      value: feed.highlightedWorst,
      pass: feed.everyMentionHighlighted,
    });
  }
  if (size) atMost('content script (every page), gzip', size.gzip / KB, 30, (n) => `${n.toFixed(1)} KB`);
  if (scaling) {
    const smallest = scaling.sizes[0];
    const largest = scaling.sizes.at(-1);
    if (smallest && largest && largest !== smallest) {
      atMost(
        `main-thread time, ${largest.aliases.toLocaleString('en-US')} aliases / ${smallest.aliases.toLocaleString('en-US')}`,
        ratio(largest.figures.mainThread, smallest.figures.mainThread),
        3,
        times,
      );
    }
  }
  return results;
}
