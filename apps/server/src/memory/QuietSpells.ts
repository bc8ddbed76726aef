// When a server at rest should collect: the decision of IdleCollector, apart from its timer and
// V8, so that it can be checked with made-up readings.

export interface QuietSpellOptions {
  /** How long the event loop must have been (nearly) idle before collecting. */
  quietMs: number;
  /** A reading at or above this share of busy time breaks the quiet (0–1). */
  maxUtilization: number;
  /** At most one collection in this long, however often the server rests. */
  minGapMs: number;
}

export class QuietSpells {
  /** Start-up was busy: the first spell of rest collects. */
  private busySinceCollection = true;
  private quietSince: number | undefined;
  private lastCollection = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: QuietSpellOptions) {}

  /**
   * One reading: the event loop's busy share since the last reading, taken at `now` (ms).
   * True when this is the moment to collect, which counts as collected.
   */
  observe(utilization: number, now: number, since: number): boolean {
    if (utilization >= this.options.maxUtilization) {
      this.busySinceCollection = true;
      this.quietSince = undefined;
      return false;
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
    return true;
  }
}
