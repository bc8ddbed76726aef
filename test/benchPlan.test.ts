// The full benchmark run's plan: every goal's cell, in about half an hour on the 2-core machine
// (32 minutes by its own estimate at most: the 6 s warm-up of every typing round costs 4),
// and every p99 drawn from enough edits to be more than the run's few slowest.
import { describe, expect, it } from 'vitest';
import { measuredMs, parseBenchOptions } from './bench/collab/benchOptions.js';
import { p99Rank } from './bench/collab/report/stats.js';
import { estimateRun } from './bench/collab/runEstimate.js';

describe('bench:collab plan', () => {
  it('runs every goal cell by default, in at most 32 minutes by its own estimate', () => {
    const full = parseBenchOptions([], {});
    expect(full.repeats).toBe(3);
    expect(full.editors).toEqual([10, 50, 100]);
    expect(full.documents).toEqual([1000, 5000]);
    expect(full.scenarios).toEqual(
      expect.arrayContaining(['editors', 'documents', 'coldOpen', 'persistence']),
    );
    expect(estimateRun(full).totalMinutes).toBeLessThanOrEqual(32);
  });

  it('measures at least 800 edits in every typing round, lengthening the window for few editors', () => {
    for (const options of [parseBenchOptions([], {}), parseBenchOptions(['--quick'], {})]) {
      const editsAt = (typists: number): number =>
        typists * Math.floor(measuredMs(options, typists) / options.typeIntervalMs);
      for (const n of [10, 50, 100, options.activeDocuments])
        expect(editsAt(n)).toBeGreaterThanOrEqual(800);
      expect(measuredMs(options, 10)).toBe(24_000);
      // More typists than the minimum needs: the window is the configured one.
      expect(measuredMs(options, 100)).toBe(options.durationMs);
    }
    // Before: 8 s at 10 editors made about 267 edits, and the p99 was the 3rd slowest.
    expect(p99Rank(267)).toBe(3);
    expect(p99Rank(800)).toBe(9);
    expect(parseBenchOptions(['--smoke'], {}).minEdits).toBe(0);
  });

  it('keeps the cells no goal reads behind --extended, which takes longer', () => {
    const extended = parseBenchOptions(['--extended'], {});
    expect(extended.editors).toEqual([10, 50, 100, 200, 400]);
    expect(extended.documents).toEqual([100, 1000, 5000]);
    expect(estimateRun(extended).totalMinutes).toBeGreaterThan(
      estimateRun(parseBenchOptions([], {})).totalMinutes,
    );
    expect(parseBenchOptions(['--quick', '--extended'], {}).editors).toEqual([50]);
  });
});
