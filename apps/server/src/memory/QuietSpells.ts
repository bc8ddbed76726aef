// When a server at rest should collect: the decision of IdleCollector, apart from its timer and
// V8, so that it can be checked with made-up readings.

export interface QuietSpellOptions {
  /** How long the event loop must have been (nearly) idle before collecting. */
  quietMs: number;
  /** A reading at or above this share of busy time breaks the quiet (0–1). */
  maxUtilization: number;
  /** At most one spell's collections in this long, however often the server rests. */
  minGapMs: number;
  /**
   * More collections allowed in a spell, one a quiet reading, while the heap has not been given
   * back (V8 shrinks the young generation only when the allocation rate it sampled at the
   * previous collection was low, which start-up's allocations may still weigh in).
   */
  retries: number;
}

export class QuietSpells {
  /** Start-up was busy: the first spell of rest collects. */
  private busySinceCollection = true;
  private quietSince: number | undefined;
  private lastCollection = Number.NEGATIVE_INFINITY;
  /** Collections still allowed in this spell, until one gives the heap back. */
  private retriesLeft = 0;

  constructor(private readonly options: QuietSpellOptions) {}

  /** Whether a spell of rest has been collected, and no retry is pending. */
  get settled(): boolean {
    return this.lastCollection > Number.NEGATIVE_INFINITY && this.retriesLeft === 0;
  }

  /**
   * One reading: the event loop's busy share since the last reading, taken at `now` (ms).
   * True when this is the moment to collect; say how it went with `collected`.
   */
  observe(utilization: number, now: number, since: number): boolean {
    if (utilization >= this.options.maxUtilization) {
      this.busySinceCollection = true;
      this.quietSince = undefined;
      this.retriesLeft = 0;
      return false;
    }
    if (this.retriesLeft > 0) {
      this.retriesLeft -= 1;
      return true;
    }
    this.quietSince ??= since;
    if (
      !this.busySinceCollection ||
      now - this.quietSince < this.options.quietMs ||
      now - this.lastCollection < this.options.minGapMs
    )
      return false;
    this.busySinceCollection = false;
    this.lastCollection = now;
    this.retriesLeft = this.options.retries;
    return true;
  }

  /** The collection `observe` asked for was made: whether it gave the heap back. */
  collected(gaveBack: boolean): void {
    if (gaveBack) this.retriesLeft = 0;
  }
}
