/**
 * What the compiler says when the catalogue is wrong. Every problem names the item, the
 * field and the offending value, so that whoever edits the catalogue can go straight to it.
 */
export interface Problem {
  /** E.g. `entity "cnil"`, `event "2018-cloud-act-adopted"`, `source "000_…"`. */
  item: string;
  /** A path inside the item, e.g. `summary[1].citations[0].quote`. */
  field: string;
  message: string;
  /** The quote, id or text at fault. */
  value?: string;
}

export function formatProblem(problem: Problem): string {
  const value = problem.value === undefined ? '' : `: ${JSON.stringify(problem.value)}`;
  return `${problem.item} › ${problem.field}: ${problem.message}${value}`;
}

/** Thrown when the catalogue cannot be compiled; `problems` lists every fault found. */
export class CatalogueError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The catalogue has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'CatalogueError';
  }
}
