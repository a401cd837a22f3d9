import type { CDPSession } from 'playwright-core';

/**
 * Every task of the page's main thread, from a DevTools trace: Chromium's long-task API
 * reports only tasks over 50 ms, and the benchmark wants the longest task whatever its
 * length. Only two light categories are recorded: `toplevel` (one event per task) and
 * `blink.user_timing` (the page's performance marks, which place the tasks in the page's
 * own timeline).
 */
const CATEGORIES = 'toplevel,blink.user_timing';
/**
 * With `--dump`, also what DevTools' performance panel records (style, layout, pre-paint,
 * paint, GC inside each task), to look into a figure. It makes every task a little dearer.
 */
const DETAILED_CATEGORIES = `${CATEGORIES},devtools.timeline,v8,disabled-by-default-v8.gc`;
const TASK_EVENT = 'ThreadControllerImpl::RunTask';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
}

export interface Task {
  /** Start, in the page's `performance.now()` time (ms). */
  start: number;
  duration: number;
  /** Start, in the trace's clock (µs), which the CPU profiler's sample times share. */
  ts: number;
}

export async function startTrace(cdp: CDPSession, detailed = false): Promise<void> {
  await cdp.send('Tracing.start', {
    categories: detailed ? DETAILED_CATEGORIES : CATEGORIES,
    transferMode: 'ReturnAsStream',
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string | undefined>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream)),
  );
  await cdp.send('Tracing.end');
  const stream = await complete;
  if (!stream) return [];
  const chunks: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * How far the trace's clock (ms) is ahead of the page's `performance.now()`, from the mark
 * `anchor` the page wrote at `anchorTime`; null when the trace does not have it.
 */
export function traceOffset(events: readonly TraceEvent[], anchor: string, anchorTime: number): number | null {
  const mark = events.find((event) => event.name === anchor);
  return mark ? mark.ts / 1000 - anchorTime : null;
}

/**
 * The main-thread tasks of the page that wrote the mark `anchor` at `anchorTime` (its
 * `performance.now()`), from the anchor on, in the page's time.
 */
export function tasksAfterAnchor(events: readonly TraceEvent[], anchor: string, anchorTime: number): Task[] {
  const mark = events.find((event) => event.name === anchor);
  if (!mark) return [];
  const offset = mark.ts / 1000 - anchorTime;
  return events
    .filter(
      (event) =>
        event.name === TASK_EVENT &&
        event.ph === 'X' &&
        event.pid === mark.pid &&
        event.tid === mark.tid &&
        event.ts >= mark.ts,
    )
    .map((event) => ({ start: event.ts / 1000 - offset, duration: (event.dur ?? 0) / 1000, ts: event.ts }));
}

/**
 * The spans between each mark `start` and the mark `end` after it (page time, ms), as
 * [start, end] on the trace's clock (µs, which the CPU profiler's samples share), in order.
 */
export function markedSpans(
  marks: readonly { name: string; startTime: number }[],
  start: string,
  end: string,
  offset: number,
): [number, number][] {
  const spans: [number, number][] = [];
  let open: number | null = null;
  for (const mark of [...marks].sort((a, b) => a.startTime - b.startTime)) {
    if (mark.name === start) open = mark.startTime;
    else if (mark.name === end && open !== null) {
      spans.push([(open + offset) * 1000, (mark.startTime + offset) * 1000]);
      open = null;
    }
  }
  return spans;
}

/**
 * The tasks a variant caused, out of `tasks` (in order): from its start (`from`, page time)
 * on, each task that ran its own script (one of `ownSampleTimes`, µs, falls in it), and
 * every task from the first DOM change after its start on, which renders what it wrote.
 * Before that first change, a frame renders only what the page itself parsed: on (b), a
 * frame of 40–70 ms that the page alone has too, and that a content script may or may not
 * start before.
 */
export function tasksOfVariant(
  tasks: readonly Task[],
  ownSampleTimes: readonly number[],
  from: number,
  firstChange: number | null,
): Task[] {
  const samples = [...ownSampleTimes].sort((a, b) => a - b);
  // A page that changed before the variant started (a feed): every task from then on counts.
  const rendersFrom = firstChange === null ? Number.POSITIVE_INFINITY : Math.max(firstChange, from);
  let next = 0;
  return tasks.filter((task) => {
    if (task.start + task.duration < from) return false;
    if (task.start >= rendersFrom) return true;
    const end = task.ts + task.duration * 1000;
    while (next < samples.length && (samples[next] as number) < task.ts) next++;
    return next < samples.length && (samples[next] as number) <= end;
  });
}
