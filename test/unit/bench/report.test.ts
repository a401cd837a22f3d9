import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../bench/budgets';
import type { RunFigures } from '../../bench/measure-run';
import { PAGES } from '../../bench/pages';
import { scriptTime } from '../../bench/profiler';
import { formatReport } from '../../bench/report';
import type { BenchResults } from '../../bench/results';
import { median, ratio } from '../../bench/stats';
import { summarisePage } from '../../bench/summarise';
import { renderTable } from '../../bench/table';
import { markedSpans, tasksOfVariant, type Task } from '../../bench/trace';
import type { Variant, VariantId } from '../../bench/variants';

function run(overrides: Partial<RunFigures>): RunFigures {
  return {
    wall: 1000,
    script: 10,
    ownScript: 10,
    gc: 0,
    forcedRendering: 0,
    scriptByFile: {},
    cdpScriptDuration: 1,
    mainThread: 20,
    styleLayout: 5,
    heap: 1024,
    done: 100,
    work: 50,
    longestTask: 10,
    tasksOver50: 0,
    observedLongTasks: 0,
    highlights: 2000,
    feed: null,
    textNodes: 27_000,
    extensionFetches: [],
    errors: [],
    ...overrides,
  };
}

const variant = (id: VariantId, label: string = id): Variant => ({
  id,
  label,
  browser: 'plain',
  script: '',
  done: 'work-end',
  highlightSelector: '',
  measureHeap: true,
});

describe('statistics', () => {
  it('takes medians of the finite values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5, Number.NaN])).toBe(5);
    expect(median([])).toBeNaN();
    expect(ratio(1, 0)).toBeNaN();
  });
});

describe('summaries and budgets', () => {
  const spec = PAGES.tiny!();
  const summary = summarisePage(
    { ...spec, id: 'b' },
    new Map([
      [variant('none'), [run({ script: 2, mainThread: 10, heap: 0 }), run({ script: 4, mainThread: 30, heap: 0 })]],
      [variant('extension', 'Éclairage'), [run({ script: 62, mainThread: 120 }), run({ script: 52, mainThread: 100 })]],
      [variant('scan'), [run({ script: 23 })]],
      [variant('write'), [run({ mainThread: 100 })]],
      [variant('naive'), [run({ mainThread: 3020 })]],
    ]),
  );

  it('takes the page alone off the other variants', () => {
    const extension = summary.variants.find((v) => v.id === 'extension')?.figures;
    expect(extension?.script).toBe(57 - 3);
    expect(extension?.mainThread).toBe(110 - 20);
    expect(summary.variants.find((v) => v.id === 'none')?.figures.script).toBe(3);
  });

  it('checks each budget it has the figures for', () => {
    const budgets = checkBudgets({ pages: [summary], size: null, scaling: null });
    expect(budgets.map((b) => [b.budget.slice(0, 3), b.pass])).toEqual([
      ['(b)', true],
      ['(b)', true],
      ['(b)', true],
      ['(b)', true],
    ]);
    expect(budgets[1]?.measured).toBe('2.70×');
  });

  it('prints a table per page and the budgets', () => {
    const results: BenchResults = {
      meta: { date: '', chromium: 'Chrome/1', node: 'v20', platform: 'linux', cpus: 2, runs: 2, durationS: 1 },
      contentScript: null,
      pages: [summary],
      scaling: null,
      budgets: checkBudgets({ pages: [summary], size: null, scaling: null }),
    };
    const text = formatReport(results);
    expect(text).toMatch(/^\(b\) tiny page/mu);
    expect(text).toMatch(/^Éclairage +2 /mu);
    expect(text).toContain('Budgets');
  });
});

describe('table', () => {
  it('pads columns, names left, numbers right', () => {
    expect(
      renderTable(
        [{ header: 'name' }, { header: 'ms' }],
        [
          ['a', '1.0'],
          ['long name', '10.5'],
        ],
      ),
    ).toBe(['name         ms', 'a           1.0', 'long name  10.5'].join('\n'));
  });
});

describe('script time from a CPU profile', () => {
  const frame = (functionName: string, url = '') => ({ functionName, url });
  const isExtension = (url: string) => url.startsWith('chrome-extension://');

  it('counts JavaScript and GC, not idle or native time, and tells the variant’s own code', () => {
    const profile = {
      startTime: 0,
      endTime: 1000,
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2, 3, 4, 5] },
        { id: 2, callFrame: frame('(idle)') },
        { id: 3, callFrame: frame('(program)') },
        { id: 4, callFrame: frame('(garbage collector)') },
        { id: 5, callFrame: frame('scan', 'chrome-extension://x/content-scripts/content.js'), children: [6] },
        { id: 6, callFrame: frame('exec') },
      ],
      // Each sample stands for the time until the next one (µs).
      samples: [2, 3, 4, 5, 6, 6, 2],
      timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000],
    };
    const time = scriptTime(profile, isExtension);
    expect(time.script).toBeCloseTo(4);
    expect(time.gc).toBeCloseTo(1);
    expect(time.own).toBeCloseTo(3);
    expect(time.byFile['content.js']).toBeCloseTo(3);
    // The own samples, at their times on the trace's clock.
    expect(time.ownSampleTimes).toEqual([3000, 4000, 5000]);
    expect(time.forcedRendering).toBe(0);
  });

  it('leaves out of script time the samples that fell in style or layout a script forced', () => {
    const profile = {
      startTime: 0,
      endTime: 1000,
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2, 3] },
        { id: 2, callFrame: frame('write', 'chrome-extension://x/content-scripts/content.js') },
        { id: 3, callFrame: frame('(program)') },
      ],
      // Samples at 1 to 6 ms (µs on the trace's clock), each standing for 1 ms.
      samples: [2, 2, 2, 3, 2, 3],
      timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
    };
    // The script read a box's geometry from 1.5 to 3.5 ms, and at 4–4.5 ms.
    const layout: [number, number][] = [
      [1500, 3500],
      [4000, 4500],
    ];
    const time = scriptTime(profile, isExtension, layout);
    expect(time.script).toBeCloseTo(2);
    expect(time.own).toBeCloseTo(2);
    // Samples in its forced layout are still the variant's own: its tasks are found by them.
    expect(time.ownSampleTimes).toEqual([1000, 2000, 3000, 5000]);
    expect(time.forcedRendering).toBeCloseTo(2);
  });
});

describe('markedSpans', () => {
  it('pairs each start mark with the end after it, on the trace’s clock', () => {
    const marks = [
      { name: 'end', startTime: 12 },
      { name: 'start', startTime: 10 },
      { name: 'other', startTime: 11 },
      { name: 'start', startTime: 20 },
      { name: 'end', startTime: 25 },
      { name: 'end', startTime: 30 },
    ];
    // The trace's clock is 1,000 ms ahead of the page's.
    expect(markedSpans(marks, 'start', 'end', 1000)).toEqual([
      [1_010_000, 1_012_000],
      [1_020_000, 1_025_000],
    ]);
  });
});

describe('tasksOfVariant', () => {
  // Page time = trace time (µs) / 1000 here.
  const task = (start: number, duration: number): Task => ({ start, duration, ts: start * 1000 });
  const pageFrame = task(10, 60);
  const injection = task(90, 5);
  const renderAfterWrite = task(400, 45);
  const slice = task(300, 9);
  const tasks = [pageFrame, injection, slice, renderAfterWrite];

  it('counts tasks that ran the variant’s script, and every task from its first DOM change on', () => {
    const own = [92_000, 305_000];
    expect(tasksOfVariant(tasks, own, 90, 390)).toEqual([injection, slice, renderAfterWrite]);
  });

  it('counts no frame before the first change, however long, unless it ran the variant’s script', () => {
    expect(tasksOfVariant(tasks, [], 5, null)).toEqual([]);
    expect(tasksOfVariant(tasks, [40_000], 5, null)).toEqual([pageFrame]);
  });

  it('counts every task from the variant’s start when the page changed before it', () => {
    expect(tasksOfVariant(tasks, [], 50, 20)).toEqual([injection, slice, renderAfterWrite]);
  });
});
