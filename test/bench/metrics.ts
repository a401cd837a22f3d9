import type { CDPSession } from 'playwright-core';

/**
 * The DevTools protocol's page metrics that the benchmark reads: cumulative main-thread
 * times since the page was created (seconds in the protocol, milliseconds here) and the
 * JS heap (bytes), shared by the page and the extension's isolated world.
 */
export interface MetricSnapshot {
  /** Time of the snapshot (ms, monotonic). */
  timestamp: number;
  /** JavaScript: compile and run, every world. */
  script: number;
  /** Every main-thread task: script, style, layout, paint, parsing, GC… */
  task: number;
  layout: number;
  style: number;
  heap: number;
}

export async function enableMetrics(cdp: CDPSession): Promise<void> {
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
}

export async function readMetrics(cdp: CDPSession): Promise<MetricSnapshot> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return {
    timestamp: value('Timestamp') * 1000,
    script: value('ScriptDuration') * 1000,
    task: value('TaskDuration') * 1000,
    layout: value('LayoutDuration') * 1000,
    style: value('RecalcStyleDuration') * 1000,
    heap: value('JSHeapUsedSize'),
  };
}

/** Collects garbage, then reads the heap: what is retained, not what awaits collection. */
export async function readRetainedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await readMetrics(cdp)).heap;
}

/** What happened between two snapshots. */
export function metricsBetween(before: MetricSnapshot, after: MetricSnapshot): Omit<MetricSnapshot, 'heap'> {
  return {
    timestamp: after.timestamp - before.timestamp,
    script: after.script - before.script,
    task: after.task - before.task,
    layout: after.layout - before.layout,
    style: after.style - before.style,
  };
}
