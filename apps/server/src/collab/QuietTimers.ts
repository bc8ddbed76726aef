// "Run this once the typing in a statement pauses", with one timer per statement rather than
// one cleared and set again per keystroke: an edit only notes its time; the timer, when it
// fires early, waits out the rest of the pause.

export class QuietTimers {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastChange = new Map<string, number>();

  constructor(
    private readonly quietMs: number,
    private readonly run: (id: string) => void,
  ) {}

  /** Something changed in `id`: `run(id)` follows once nothing has changed for `quietMs`. */
  changed(id: string): void {
    this.lastChange.set(id, Date.now());
    if (!this.timers.has(id)) this.schedule(id, this.quietMs);
  }

  private schedule(id: string, delay: number): void {
    const timer = setTimeout(() => this.fire(id), delay);
    timer.unref();
    this.timers.set(id, timer);
  }

  private fire(id: string): void {
    const quietFor = Date.now() - (this.lastChange.get(id) ?? 0);
    if (quietFor < this.quietMs) return this.schedule(id, this.quietMs - quietFor);
    this.timers.delete(id);
    this.lastChange.delete(id);
    this.run(id);
  }

  /** Whether a run is waiting for `id`. */
  has(id: string): boolean {
    return this.timers.has(id);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.lastChange.clear();
  }
}
