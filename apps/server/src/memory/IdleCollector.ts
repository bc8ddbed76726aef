// A server at rest gives back the memory its young generation grew into. V8 grows the young
// generation's two semi-spaces to their maximum (16 MiB each) while the server starts and under
// load, and only a collection made while little is being allocated shrinks them again. V8's
// memory reducer makes such collections when a process goes quiet, but `plenary serve` runs with
// it off (`--no-memory-reducer`: its collections fell on edits at moderate load, see
// docs/performance.md), so without this a server idles at whatever it once grew to: about
// 120 MiB after start-up, 30 of them empty semi-spaces. Once per spell of rest (`quietMs` with
// the event loop busy less than 1 % of the time, no more than once in 5 minutes) it makes one
// full collection, a few milliseconds on an idle heap, at a moment nobody is waiting; if V8 did
// not shrink the young generation then, up to two more, a reading apart (QuietSpells).
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import type { Logger } from '../logger.js';
import { fullCollection } from './fullCollection.js';
import { QuietSpells } from './QuietSpells.js';

const MAX_UTILIZATION = 0.01;
const MIN_GAP_MS = 5 * 60_000;
/** Readings per quiet period: the quiet is judged on windows a third of its length. */
const READINGS_PER_QUIET = 3;
/** More collections in a spell while the young generation has not been given back. */
const RETRIES = 2;
/** A young generation committed beyond this has not been given back (its floor is 1 MiB). */
const SHRUNK_YOUNG_BYTES = 4 * 2 ** 20;

function youngBytes(): number {
  return (
    getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')
      ?.physical_space_size ?? 0
  );
}

export class IdleCollector {
  private readonly timer: NodeJS.Timeout | undefined;
  private previous: EventLoopUtilization = performance.eventLoopUtilization();
  private previousAt = performance.now();
  private readonly spells: QuietSpells;
  /** Collections made so far. */
  collections = 0;

  /** Whether a spell of rest has been collected, retries included (the benchmark waits for it). */
  get settled(): boolean {
    return this.spells.settled;
  }

  /** `quietMs` 0 turns it off. */
  constructor(
    quietMs: number,
    private readonly logger: Logger,
  ) {
    this.spells = new QuietSpells({
      quietMs,
      maxUtilization: MAX_UTILIZATION,
      minGapMs: MIN_GAP_MS,
      retries: RETRIES,
    });
    if (quietMs <= 0 || !fullCollection()) return;
    this.timer = setInterval(() => this.read(), Math.max(100, quietMs / READINGS_PER_QUIET));
    this.timer.unref();
  }

  private read(): void {
    const now = performance.now();
    const current = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(current, this.previous);
    const since = this.previousAt;
    this.previous = current;
    this.previousAt = now;
    if (!this.spells.observe(utilization, now, since)) return;
    const rss = process.memoryUsage.rss();
    fullCollection()?.();
    this.collections += 1;
    const young = youngBytes();
    this.spells.collected(young <= SHRUNK_YOUNG_BYTES);
    this.logger.debug(
      {
        ms: Math.round(performance.now() - now),
        // Before only: V8 hands the freed semi-space pages back to the system on a helper
        // thread, so the resident set read just after the collection has not fallen yet.
        rssBefore: rss,
        youngBytes: young,
      },
      'collected garbage at rest',
    );
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
