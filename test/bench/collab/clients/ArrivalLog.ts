// What one load-generator process saw: when each edit was made here, and when it last
// arrived at one of the editors here (and at how many), on a clock shared by all processes.

/** Milliseconds on CLOCK_MONOTONIC since a base the coordinator hands to every process. */
export type BenchClock = () => number;

export function benchClock(baseNs: bigint): BenchClock {
  return () => Number(process.hrtime.bigint() - baseNs) / 1e6;
}

export class ArrivalLog {
  /** Edit key → [time it was made, room index], for edits made inside the measurement window. */
  readonly sent = new Map<string, [number, number]>();
  /** Edit key → [latest arrival at an editor here, number of editors here it reached]. */
  readonly arrivals = new Map<string, [number, number]>();

  constructor(readonly now: BenchClock) {}

  recordArrival(key: string, at = this.now()): void {
    const seen = this.arrivals.get(key);
    if (seen) {
      seen[0] = at;
      seen[1] += 1;
    } else {
      this.arrivals.set(key, [at, 1]);
    }
  }
}
