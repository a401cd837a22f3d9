import type { CDPSession } from 'playwright-core';

/**
 * Script time from the DevTools protocol's sampling CPU profiler.
 *
 * `Performance.getMetrics`' `ScriptDuration` cannot be used for it: Chromium counts a
 * script's time only while a task calls into it, not in the microtasks that follow, so
 * JavaScript resumed after an `await` (all of the extension's sliced work, most of any
 * async code) is missing from it. Measured on Chromium 156: 40 ms of work in a callback
 * gives 43 ms of ScriptDuration; the same work after `await` gives 0.2 ms. Sampling sees
 * every world and every microtask.
 */
const SAMPLING_INTERVAL_US = 200;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ScriptTime {
  /** JavaScript and garbage collection, every script (ms). */
  script: number;
  /** Of which garbage collection (ms). */
  gc: number;
  /** Samples with a frame of a script whose URL `isOwn` accepts (ms): the variant's own code. */
  own: number;
  /** Script time by the file of the innermost frame that has one (ms; '' for GC and native callers). */
  byFile: Record<string, number>;
  /** When each "own" sample was taken (µs, the trace's clock: see `tasksOfVariant`). */
  ownSampleTimes: number[];
  /**
   * Samples in a script that fell in style or layout it forced (ms): rendering, not
   * script, as DevTools' summary counts them. They are left out of `script` and `own`
   * (main-thread time has them), not out of `ownSampleTimes`.
   */
  forcedRendering: number;
}

export async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
}

/** The profile as the DevTools protocol gives it (a `.cpuprofile` file's content). */
export type RawProfile = Profile;

export async function stopProfiler(cdp: CDPSession): Promise<RawProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile as Profile;
}

/** Not script: the profiler's names for idle time, native work (style, layout, parsing…) and the root. */
const NOT_SCRIPT = new Set(['(idle)', '(program)', '(root)']);

/**
 * The profile's script time. `forcedRendering`: spans of style and layout that a script
 * forced (by reading a box's geometry), as [start, end] in the trace's clock (µs), in
 * order: the sampler sees them as that script's own time.
 */
export function scriptTime(
  profile: Profile,
  isOwn: (url: string) => boolean,
  forcedRendering: readonly (readonly [number, number])[] = [],
): ScriptTime {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // A node is "own" when it or one of its callers comes from the variant's script.
  const own = new Set<number>();
  const fileOf = new Map<number, string>();
  const visit = (node: ProfileNode, inherited: boolean, callerFile: string) => {
    const { url } = node.callFrame;
    const mine = inherited || (url !== '' && isOwn(url));
    if (mine) own.add(node.id);
    const file = url === '' ? callerFile : fileName(url);
    fileOf.set(node.id, file);
    for (const child of node.children ?? []) {
      const next = byId.get(child);
      if (next) visit(next, mine, file);
    }
  };
  const root = profile.nodes[0];
  if (root) visit(root, false, '');
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const result: ScriptTime = { script: 0, gc: 0, own: 0, byFile: {}, ownSampleTimes: [], forcedRendering: 0 };
  let time = profile.startTime;
  // The forced-rendering span that ends after the current sample, if any.
  let span = 0;
  let layout = forcedRendering[span];
  for (let i = 0; i < samples.length; i++) {
    time += deltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const duration = (i + 1 < deltas.length ? (deltas[i + 1] as number) : SAMPLING_INTERVAL_US) / 1000;
    const node = byId.get(samples[i] as number);
    const name = node?.callFrame.functionName ?? '(root)';
    if (!node || NOT_SCRIPT.has(name)) continue;
    // Still the variant's: the task it ran in is one it caused.
    if (own.has(node.id)) result.ownSampleTimes.push(time);
    while (layout && layout[1] < time) layout = forcedRendering[++span];
    if (layout && layout[0] <= time) {
      result.forcedRendering += duration;
      continue;
    }
    result.script += duration;
    if (name === '(garbage collector)') result.gc += duration;
    if (own.has(node.id)) result.own += duration;
    const file = fileOf.get(node.id) ?? '';
    result.byFile[file] = (result.byFile[file] ?? 0) + duration;
  }
  return result;
}

/** The last segment of a script's URL: `content.js`, `card-ui.js`, `held.js`. */
function fileName(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1).replace(/[?#].*$/u, '');
}
