// Logs refused collab input at warn, without letting a flood of bad frames flood the log:
// at most one line per connection and a few per second overall, with a count of the rest.

const WINDOW_MS = 10_000;
const LINES_PER_WINDOW = 20;

export interface Refused {
  roomId: string;
  connectionId: string;
  code: number;
  detail: string;
}

export class RefusalLog {
  private readonly logged = new Set<string>();
  private windowStart = 0;
  private lines = 0;
  private suppressed = 0;

  constructor(
    private readonly warn: (fields: object, message: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  record(refused: Refused): void {
    if (this.logged.has(refused.connectionId)) return this.suppress();
    const now = this.now();
    if (now - this.windowStart > WINDOW_MS) {
      if (this.suppressed > 0)
        this.warn({ suppressed: this.suppressed }, 'collab refusals not logged');
      this.windowStart = now;
      this.lines = 0;
      this.suppressed = 0;
    }
    if (this.lines >= LINES_PER_WINDOW) return this.suppress();
    this.lines += 1;
    this.logged.add(refused.connectionId);
    // Connection ids are unique; the set is trimmed so it cannot grow without bound.
    if (this.logged.size > 10_000) this.logged.clear();
    this.warn(
      {
        statementId: refused.roomId,
        connectionId: refused.connectionId,
        code: refused.code,
        detail: refused.detail,
      },
      'collab input refused',
    );
  }

  private suppress(): void {
    this.suppressed += 1;
  }
}
