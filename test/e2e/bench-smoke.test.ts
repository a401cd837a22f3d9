import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBenchmark } from '../bench/harness';
import { PAGES } from '../bench/pages';
import { formatReport } from '../bench/report';
import { writeResults } from '../bench/results';

/**
 * The benchmark's harness, on two tiny pages, one run of everything: it must still build
 * its pages and baselines, drive both browsers, read every figure and print them. No
 * figure is judged: timings on a shared machine are not a test.
 */
describe('benchmark harness (smoke)', () => {
  it('measures every variant on a tiny page and a tiny feed, and prints the table', async () => {
    const results = await runBenchmark({
      runs: 1,
      pages: ['tiny', 'tiny-feed'],
      scaling: [100, 200],
      scalingPage: 'tiny',
    });
    const [tiny, feed] = results.pages;
    expect(tiny?.variants.map((variant) => variant.id)).toEqual([
      'extension',
      'naive',
      'scan',
      'write',
      'none',
      'catalogue-100',
      'catalogue-200',
    ]);
    for (const { id, figures } of [...(tiny?.variants ?? []), ...(feed?.variants ?? [])]) {
      // The heap is measured where the issue asks for it: the extension's (and what it is compared with).
      const heap = ['extension', 'none'].includes(id) || id.startsWith('catalogue-') ? [figures.heapKB] : [];
      for (const value of [figures.script, figures.mainThread, figures.styleLayout, figures.longestTask, ...heap]) {
        expect(value).toEqual(expect.any(Number));
        expect(Number.isFinite(value), `${id}: ${value}`).toBe(true);
      }
    }
    const highlights = Object.fromEntries(tiny?.variants.map((v) => [v.id, v.figures.highlights]) ?? []);
    const { mentions, splitMentions } = PAGES.tiny!();
    expect(highlights.extension).toBe(mentions);
    // The floors search text node by text node: the mention written across an <em> escapes them.
    expect(highlights.scan).toBe(mentions - splitMentions);
    expect(highlights.write).toBe(mentions - splitMentions);
    expect(highlights['catalogue-100']).toBe(mentions);
    const appended = PAGES['tiny-feed']!().feed?.appendedMentions;
    expect(feed?.feed?.appended).toBe(appended);
    // On a feed, the write floor follows the page too: every appended mention wrapped.
    expect(feed?.variants.map((variant) => variant.id)).toEqual(['extension', 'write', 'none']);
    const floorOnFeed = feed?.variants.find((variant) => variant.id === 'write');
    expect(floorOnFeed?.raw.map((run) => run.feed?.highlighted)).toEqual([appended]);
    expect(Number.isFinite(feed?.feed?.writeFloorShare)).toBe(true);
    expect(results.scaling?.sizes.map((size) => size.aliases)).toEqual([100, 200]);

    const report = formatReport(results);
    expect(report).toMatch(/^\(tiny\) /mu);
    expect(report).toMatch(/^Éclairage +1 /mu);
    expect(report).toContain('Scaling on page (tiny)');
    expect(report).toMatch(/content\.js [\d.]+ KB raw/u);

    const folder = mkdtempSync(join(tmpdir(), 'eclairage-bench-smoke-'));
    try {
      const file = writeResults(results, join(folder, 'bench.json'));
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(results)));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 240_000);

  it('writes each run’s CPU profile and detailed trace with --dump', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'eclairage-bench-dump-'));
    try {
      await runBenchmark({ runs: 1, pages: ['tiny'], scaling: [], variants: ['extension'], dumpDir: folder });
      expect(readdirSync(folder).sort()).toEqual([
        'tiny-extension-1.cpuprofile',
        'tiny-extension-1.trace.json',
        'tiny-none-1.cpuprofile',
        'tiny-none-1.trace.json',
      ]);
      const profile = JSON.parse(readFileSync(join(folder, 'tiny-extension-1.cpuprofile'), 'utf8')) as {
        nodes: { callFrame: { url: string } }[];
      };
      expect(profile.nodes.some((node) => node.callFrame.url.startsWith('chrome-extension://'))).toBe(true);
      const trace = JSON.parse(readFileSync(join(folder, 'tiny-extension-1.trace.json'), 'utf8')) as {
        traceEvents: { name: string }[];
      };
      const names = new Set(trace.traceEvents.map((event) => event.name));
      // The detailed categories: what the rendering cost is made of, and the extension's marks.
      expect(names.has('Layout') || names.has('UpdateLayoutTree')).toBe(true);
      expect(names.has('eclairage:script-start')).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
