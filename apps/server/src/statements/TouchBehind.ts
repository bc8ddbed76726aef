// A statement's "updated at" follows its text while someone types (at most every few seconds
// per statement, StatementService). Written one statement at a time, each touch was its own
// commit: with 5,000 statements opened and written into, 10,000 commits beside the updates'
// own (docs/performance.md, session 18). Written behind instead: the statements touched within
// `delayMs` are written together, in one `UPDATE`. The text itself is stored before anyone
// sees it, as always; only this field of the statement's row lags, by at most `delayMs`.

/** How long touches gather before they are written together. */
export const TOUCH_BEHIND_MS = 1_000;

interface Batch {
  done: Promise<void>;
  settle(error?: unknown): void;
  timer: NodeJS.Timeout;
}

export class TouchBehind {
  private readonly pending = new Set<string>();
  private batch: Batch | undefined;

  constructor(
    private readonly write: (ids: string[]) => Promise<void>,
    private readonly delayMs = TOUCH_BEHIND_MS,
  ) {}

  /** Touches the statement with the next batch; resolves once it is written (rejects if not). */
  add(id: string): Promise<void> {
    this.pending.add(id);
    this.batch ??= this.nextBatch();
    return this.batch.done;
  }

  /** Forgets a statement's pending touch (it was moved to the Trash). */
  drop(id: string): void {
    this.pending.delete(id);
  }

  /** Writes what is pending now. Errors reach the touches' callers, not this one's. */
  async flush(): Promise<void> {
    const batch = this.batch;
    if (!batch) return;
    this.batch = undefined;
    clearTimeout(batch.timer);
    const ids = [...this.pending];
    this.pending.clear();
    try {
      if (ids.length > 0) await this.write(ids);
      batch.settle();
    } catch (error) {
      batch.settle(error);
    }
    await batch.done.catch(() => undefined);
  }

  private nextBatch(): Batch {
    let settle!: (error?: unknown) => void;
    const done = new Promise<void>((resolve, reject) => {
      settle = (error) => (error === undefined ? resolve() : reject(error));
    });
    const timer = setTimeout(() => void this.flush(), this.delayMs);
    // A pending touch does not keep the process alive; a graceful stop flushes it.
    timer.unref();
    return { done, settle, timer };
  }
}
