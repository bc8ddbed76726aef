import { describe, expect, it } from 'vitest';
import { QuietSpells } from './QuietSpells.js';

const options = { quietMs: 30_000, maxUtilization: 0.01, minGapMs: 300_000, retries: 0 };

/** Readings every 10 s from `from`, each with the given busy share; the times it said collect. */
function readings(spells: QuietSpells, shares: number[], from = 0): number[] {
  const collected: number[] = [];
  shares.forEach((share, i) => {
    const now = from + (i + 1) * 10_000;
    if (spells.observe(share, now, now - 10_000)) collected.push(now);
  });
  return collected;
}

describe('QuietSpells', () => {
  it('collects once the loop has been quiet for the whole period after start-up', () => {
    const spells = new QuietSpells(options);
    expect(readings(spells, [0.002, 0.001, 0.003, 0.001, 0])).toEqual([30_000]);
  });

  it('starts counting again when a reading is busy', () => {
    const spells = new QuietSpells(options);
    expect(readings(spells, [0.002, 0.001, 0.2, 0.001, 0.001, 0.001])).toEqual([60_000]);
  });

  it('does not collect again while the server stays at rest', () => {
    const spells = new QuietSpells(options);
    expect(readings(spells, Array<number>(60).fill(0))).toEqual([30_000]);
  });

  it('collects after the next busy spell, but no sooner than the gap allows', () => {
    const spells = new QuietSpells(options);
    // Rest (collects at 30 s), busy at 40 s, rest again: the gap holds it until 330 s.
    const shares = [0, 0, 0, 0.5, ...Array<number>(40).fill(0)];
    expect(readings(spells, shares)).toEqual([30_000, 330_000]);
  });

  it('counts a share at the limit as busy', () => {
    const spells = new QuietSpells(options);
    expect(readings(spells, [0.01, 0.01, 0.01, 0.01])).toEqual([]);
  });

  it('collects again, a reading apart, until the heap is given back, at most `retries` more', () => {
    const spells = new QuietSpells({ ...options, retries: 2 });
    const asked: number[] = [];
    for (let i = 1; i <= 8; i += 1) {
      const now = i * 10_000;
      if (spells.observe(0, now, now - 10_000)) {
        asked.push(now);
        spells.collected(false);
      }
    }
    expect(asked).toEqual([30_000, 40_000, 50_000]);
    expect(spells.settled).toBe(true);
  });

  it('stops retrying once a collection gave the heap back, or when the loop gets busy', () => {
    const given = new QuietSpells({ ...options, retries: 2 });
    expect(readings(given, [0, 0, 0])).toEqual([30_000]);
    expect(given.settled).toBe(false);
    given.collected(true);
    expect(given.settled).toBe(true);
    expect(readings(given, [0, 0], 30_000)).toEqual([]);

    const busy = new QuietSpells({ ...options, retries: 2 });
    expect(readings(busy, [0, 0, 0, 0.5, 0])).toEqual([30_000]);
  });
});
