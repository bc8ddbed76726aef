import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietTimers } from './QuietTimers.js';

describe('QuietTimers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once the changes pause, with one timer per id however many changes', () => {
    const ran: string[] = [];
    const timers = new QuietTimers(1_000, (id) => ran.push(id));
    for (let i = 0; i < 50; i += 1) {
      vi.advanceTimersByTime(100);
      timers.changed('a');
    }
    // The last change was just now.
    expect(vi.getTimerCount()).toBe(1);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(999);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['a']);
    expect(timers.has('a')).toBe(false);
  });

  it('keeps ids apart, and forgets everything on dispose', () => {
    const ran: string[] = [];
    const timers = new QuietTimers(500, (id) => ran.push(id));
    timers.changed('a');
    vi.advanceTimersByTime(300);
    timers.changed('b');
    vi.advanceTimersByTime(200);
    expect(ran).toEqual(['a']);
    timers.dispose();
    vi.advanceTimersByTime(1_000);
    expect(ran).toEqual(['a']);
  });
});
