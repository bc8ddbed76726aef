// A process's own event-loop delay over a window: how late a 2 ms timer ran, less the 2 ms.
// Node's histogram records the whole interval between the timer's runs (an idle loop reads
// as the resolution, not 0), so the resolution is taken off every figure here.
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface LoopDelay {
  /** Delay beyond the timer's interval, ms. */
  p99Ms: number;
  maxMs: number;
  /** Timer runs recorded. */
  samples: number;
}

const RESOLUTION_MS = 2;

export interface LoopDelayWindow {
  /** Forgets what was recorded so far: the window starts now. */
  restart(): void;
  stop(): LoopDelay;
}

export function watchLoopDelay(): LoopDelayWindow {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  return {
    restart: () => histogram.reset(),
    stop: () => {
      histogram.disable();
      return loopDelayOf(histogram.count, histogram.percentile(99), histogram.max);
    },
  };
}

/** From the histogram's figures (ns, whole intervals) to delays beyond the interval (ms). */
export function loopDelayOf(samples: number, p99Ns: number, maxNs: number): LoopDelay {
  const late = (ns: number): number => (samples ? Math.max(0, ns / 1e6 - RESOLUTION_MS) : 0);
  return { p99Ms: late(p99Ns), maxMs: late(maxNs), samples };
}
