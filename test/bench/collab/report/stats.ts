// Percentiles (nearest rank) and the propagation-latency join across load generators.
import type { DrainedReport } from '../clients/workerProtocol.js';

export interface Distribution {
  count: number;
  min: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function distribution(values: number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    min: sorted[0] ?? Number.NaN,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
  };
}

/** Which value, counted from the slowest (1), the nearest-rank p99 of `count` values is. */
export function p99Rank(count: number): number {
  return count - Math.ceil(0.99 * count) + 1;
}

export interface Propagation extends Distribution {
  /** Edits made in the window. */
  edits: number;
  /** Edits that did not reach every other editor of their room before the drain ended. */
  missing: number;
}

/**
 * An edit's propagation latency is the time from when it was made until it had arrived at
 * every other editor of its room: the latest arrival over all load generators.
 */
export function propagation(
  reports: DrainedReport[],
  receiversInRoom: (roomIndex: number) => number,
): Propagation {
  const arrivals = new Map<string, [number, number]>();
  for (const report of reports) {
    for (const [key, at, count] of report.arrivals) {
      const seen = arrivals.get(key);
      if (seen) {
        seen[0] = Math.max(seen[0], at);
        seen[1] += count;
      } else {
        arrivals.set(key, [at, count]);
      }
    }
  }
  const latencies: number[] = [];
  let edits = 0;
  let missing = 0;
  for (const report of reports) {
    for (const [key, madeAt, roomIndex] of report.sent) {
      edits += 1;
      const seen = arrivals.get(key);
      if (!seen || seen[1] < receiversInRoom(roomIndex)) missing += 1;
      else latencies.push(seen[0] - madeAt);
    }
  }
  return { ...distribution(latencies), edits, missing };
}
