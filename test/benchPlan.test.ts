// The full benchmark run's plan: every goal's cell, in about 40 minutes on the 2-core machine.
import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './bench/collab/benchOptions.js';
import { estimateRun } from './bench/collab/runEstimate.js';

describe('bench:collab plan', () => {
  it('runs every goal cell by default, in about 40 minutes by its own estimate', () => {
    const full = parseBenchOptions([], {});
    expect(full.repeats).toBe(3);
    expect(full.editors).toEqual([10, 50, 100]);
    expect(full.documents).toEqual([1000, 5000]);
    expect(full.scenarios).toEqual(
      expect.arrayContaining(['editors', 'documents', 'coldOpen', 'persistence']),
    );
    expect(estimateRun(full).totalMinutes).toBeLessThanOrEqual(40);
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
