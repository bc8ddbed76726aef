import { describe, expect, it } from 'vitest';
import { SlicedRound, slicesOf } from './SlicedRound.js';

/** A round over `items` whose timer is stopped, so that the test drives its ticks and clock. */
function handDriven<T>(items: Set<T>, periodMs: number, slices: number) {
  const visits: { item: T; now: number }[] = [];
  const round = new SlicedRound(items, (item, now) => visits.push({ item, now }), periodMs, slices);
  round.stop();
  return { round, visits };
}

describe('SlicedRound', () => {
  it('visits every item once per round, a slice per tick', () => {
    const items = new Set(Array.from({ length: 100 }, (_, i) => i));
    const { round, visits } = handDriven(items, 1_000, 10);
    for (let tick = 0; tick < 10; tick += 1) {
      const before = visits.length;
      round.tick(tick * 100);
      expect(visits.length - before).toBe(10);
    }
    expect(visits.map((v) => v.item)).toEqual([...items]);
  });

  it('starts a round at most once per period, however few the items', () => {
    const { round, visits } = handDriven(new Set(['only']), 30_000, 300);
    for (let now = 0; now < 90_000; now += 100) round.tick(now);
    // Before, a single socket was pinged every other tick (every 200 ms), and closed if its
    // answer took longer than that.
    expect(visits.map((v) => v.now)).toEqual([0, 30_000, 60_000]);
  });

  it('visits items added during a round, and skips items removed', () => {
    const items = new Set([1, 2, 3, 4]);
    const { round, visits } = handDriven(items, 1_000, 2);
    round.tick(0);
    items.delete(3);
    items.add(5);
    round.tick(500);
    round.tick(600);
    expect(visits.map((v) => v.item)).toEqual([1, 2, 4, 5]);
  });

  it('refuses a number of slices that is not a whole number ≥ 1', () => {
    expect(() => new SlicedRound(new Set(), () => {}, 1_000, 0)).toThrow(RangeError);
    expect(slicesOf(30_000, 100)).toBe(300);
    expect(slicesOf(50, 100)).toBe(1);
  });
});
