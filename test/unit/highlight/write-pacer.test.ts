import { describe, expect, it, vi } from 'vitest';
import {
  FIRST_WRITE_CHARS,
  MAX_WRITE_CHARS,
  MIN_WRITE_CHARS,
  WRITE_TARGET_MS,
  WritePacer,
} from '../../../entrypoints/content/highlight/write-pacer';

describe('the write pacer', () => {
  it('starts with the first write’s size, then sizes each write to the target from the last one', () => {
    const pacer = new WritePacer();
    expect(pacer.chars).toBe(FIRST_WRITE_CHARS);
    // 40,000 characters in twice the target: half as many next time.
    pacer.record(40_000, 2 * WRITE_TARGET_MS);
    expect(pacer.chars).toBe(20_000);
    // 20,000 in a quarter of the target: four times more would fit, but it grows at most 2×.
    pacer.record(20_000, WRITE_TARGET_MS / 4);
    expect(pacer.chars).toBe(40_000);
    pacer.record(40_000, WRITE_TARGET_MS / 1.5);
    expect(pacer.chars).toBe(60_000);
  });

  it('stays within its bounds, whatever a write took', () => {
    const pacer = new WritePacer();
    // A garbage collection landing in one write: the next is small, not nothing.
    pacer.record(40_000, 500);
    expect(pacer.chars).toBe(MIN_WRITE_CHARS);
    for (let i = 0; i < 10; i++) pacer.record(pacer.chars, 1);
    expect(pacer.chars).toBe(MAX_WRITE_CHARS);
  });

  it('learns nothing from a write too short to tell, or from a clock that did not move', () => {
    const pacer = new WritePacer();
    pacer.record(1_000, 100);
    pacer.record(40_000, 0);
    pacer.record(40_000, Number.NaN);
    expect(pacer.chars).toBe(FIRST_WRITE_CHARS);
  });

  it('lays the page out on demand, and tells its observer when', () => {
    const layoutReads = vi.spyOn(document.documentElement, 'offsetHeight', 'get');
    const spans: [number, number][] = [];
    new WritePacer((start, end) => spans.push([start, end])).layOut();
    expect(layoutReads).toHaveBeenCalledTimes(1);
    expect(spans).toHaveLength(1);
    expect(spans[0]![0]).toBeLessThanOrEqual(spans[0]![1]);
  });
});
