// On a shared machine, waits (bounded) for a moment when the cores are not already busy
// with other work before a latency cell starts, and says how busy they were.
import { coreBusyMs } from './processStats.js';

export interface QuietWindow {
  /** Busy % of the busiest core over the last second sampled. */
  busiestCorePercent: number;
  waitedMs: number;
}

export async function waitForQuietWindow(
  maxWaitMs: number,
  busyBelowPercent = 50,
): Promise<QuietWindow> {
  const started = performance.now();
  for (;;) {
    const before = coreBusyMs();
    const t0 = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const elapsed = performance.now() - t0;
    const busiest = Math.max(
      ...coreBusyMs().map((ms, i) => (100 * (ms - (before[i] ?? 0))) / elapsed),
    );
    const waitedMs = performance.now() - started;
    if (busiest < busyBelowPercent || waitedMs >= maxWaitMs)
      return { busiestCorePercent: busiest, waitedMs };
  }
}
