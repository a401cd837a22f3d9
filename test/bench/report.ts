import type { BenchResults } from './results';
import { ratio } from './stats';
import { variantOf, type PageSummary } from './summarise';
import { cell, renderTable, type Column } from './table';

const VARIANT_COLUMNS: Column[] = [
  { header: 'variant' },
  { header: 'runs' },
  { header: 'done', unit: 'ms' },
  { header: 'work', unit: 'ms' },
  { header: 'script', unit: 'ms' },
  { header: 'main thread', unit: 'ms' },
  { header: 'style+layout', unit: 'ms' },
  { header: 'longest task', unit: 'ms' },
  { header: 'worst task', unit: 'ms' },
  { header: 'tasks>50ms' },
  { header: 'highlights' },
  { header: 'heap', unit: 'KB' },
];

const LEGEND = [
  'Medians of the runs; each run is a fresh page. Script, main-thread, style+layout and heap figures are the',
  'variant’s own: the "page alone" row (the page with nothing on it, same window) is taken off them.',
  'done: DOMContentLoaded to highlights done. work: start to end of the highlighting itself (the extension: its',
  'first pass, in 8 ms slices; baselines: one task). main thread: every main-thread task, style, layout and paint',
  'included. longest task: median of each run’s longest task caused by the variant: from its first line on, the',
  'tasks that ran its script, and all tasks from its first DOM change on (before it, a frame renders only what the',
  'page parsed; the page alone shows all of its tasks); worst task: the worst run’s.',
  'Naive mark.js runs once on (b) and not on (c) (about 90 s a run there); the write floor does not run on (c),',
  'where it would be the scan floor. `--all-baselines` runs them all.',
];

function pageTable(page: PageSummary): string {
  const rows = page.variants
    .filter((variant) => !variant.id.startsWith('catalogue-'))
    .map(({ label, figures: f, id, runs }) => [
      label,
      String(runs),
      cell(f.done),
      cell(f.work),
      cell(f.script),
      cell(f.mainThread),
      cell(f.styleLayout),
      cell(f.longestTask),
      cell(f.worstTask),
      cell(f.tasksOver50, 0),
      id === 'none' ? '—' : cell(f.highlights, 0),
      cell(f.heapKB, 0),
    ]);
  const lines = [
    `(${page.id}) ${page.title}: ${cell(page.bytes / 1e6, 2)} MB, ${cell(page.textNodes, 0)} text nodes, ` +
      `${cell(page.mentionsPlaced, 0)} mentions placed (${page.splitMentions} across inline elements)`,
    renderTable(VARIANT_COLUMNS, rows),
  ];
  const ext = variantOf(page, 'extension');
  const scan = variantOf(page, 'scan');
  const write = variantOf(page, 'write');
  const naive = variantOf(page, 'naive');
  if (ext && (scan || write || naive)) {
    const parts = [
      scan && `script ${cell(ratio(ext.script, scan.script), 2)}× the scan floor`,
      write && `main thread ${cell(ratio(ext.mainThread, write.mainThread), 2)}× the write floor`,
      naive && `${cell(ratio(naive.mainThread, ext.mainThread), 1)}× less main thread than naive mark.js`,
      naive && `${cell(ratio(naive.done, ext.done), 1)}× sooner done`,
    ].filter(Boolean);
    lines.push(`  Éclairage: ${parts.join('; ')}`);
  }
  if (page.feed && ext) {
    const f = page.feed;
    lines.push(
      `  feed: ${f.highlightedWorst} of ${f.appended} appended mentions highlighted in the worst run; extension main ` +
        `thread ${cell(f.mainThreadShare * 100, 2)} % of ${cell(ext.wall / 1000, 1)} s; last highlight ` +
        `${cell(f.lagMs, 0)} ms after the last append` +
        (f.writeFloorShare === null ? '' : `; write floor main thread ${cell(f.writeFloorShare * 100, 2)} %`),
    );
  }
  return lines.join('\n');
}

function scalingTable(results: BenchResults): string | null {
  const scaling = results.scaling;
  if (!scaling || scaling.sizes.length === 0) return null;
  const base = scaling.sizes[0];
  const columns: Column[] = [
    { header: 'catalogue', unit: 'aliases' },
    { header: 'entities' },
    { header: 'pattern', unit: 'KB' },
    { header: 'precompile in Node', unit: 'ms' },
    { header: 'work', unit: 'ms' },
    { header: 'script', unit: 'ms' },
    { header: 'main thread', unit: 'ms' },
    { header: 'longest task', unit: 'ms' },
    { header: 'highlights' },
    { header: 'cost', unit: `vs ${cell(base?.aliases, 0)}` },
  ];
  const rows = scaling.sizes.map((size) => [
    cell(size.aliases, 0),
    cell(size.entities, 0),
    cell(size.patternLength / 1000, 1),
    cell(size.nodeBuildMs, 1),
    cell(size.figures.work),
    cell(size.figures.script),
    cell(size.figures.mainThread),
    cell(size.figures.longestTask),
    cell(size.figures.highlights, 0),
    `${cell(ratio(size.figures.mainThread, base?.figures.mainThread ?? NaN), 2)}×`,
  ]);
  return [
    `Scaling on page (${scaling.page}): the extension's matcher and highlighter in the page, on synthetic catalogues`,
    '(each precompiled in Node, as `npm run data` does the dataset; measured: the matcher made from it, as the',
    'content script makes its own, and the first pass)',
    renderTable(columns, rows),
  ].join('\n');
}

export function formatReport(results: BenchResults): string {
  const { meta, contentScript: size } = results;
  const sections = [
    `Éclairage benchmark: Chromium ${meta.chromium}, Node ${meta.node}, ${meta.platform}, ${meta.cpus} CPUs, ` +
      `${meta.runs} runs per variant per page, ${cell(meta.durationS, 0)} s`,
    LEGEND.join('\n'),
    ...results.pages.map(pageTable),
  ];
  const scaling = scalingTable(results);
  if (scaling) sections.push(scaling);
  if (size) {
    const kb = (file: { raw: number; gzip: number }) =>
      `${cell(file.raw / 1000, 1)} KB raw, ${cell(file.gzip / 1000, 1)} KB gzip`;
    const lines = [`Content script, on every page: content.js ${kb(size)}`];
    if (size.css) lines.push(`  + content.css ${kb(size.css)}`);
    if (size.card)
      lines.push(
        `  + card bundle, loaded on the first hover, focus or key on a highlight: card-ui.js ${kb(size.card)}`,
      );
    sections.push(lines.join('\n'));
  }
  if (results.budgets.length > 0) {
    const rows = results.budgets.map((b) => [b.pass ? 'ok' : 'MISSED', b.budget, b.measured, b.limit]);
    sections.push(
      [
        'Budgets',
        renderTable(
          [{ header: '' }, { header: 'budget', align: 'left' }, { header: 'measured' }, { header: 'limit' }],
          rows,
        ),
      ].join('\n'),
    );
  }
  return `${sections.join('\n\n')}\n`;
}
