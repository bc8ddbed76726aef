// Drives the typists of one process: a character every typeIntervalMs and a caret move every
// awarenessIntervalMs each, with random phases (seeded), from startAt until the window ends.
import type { ArrivalLog } from './ArrivalLog.js';
import type { BenchEditor } from './BenchEditor.js';
import type { RunPlan } from './workerProtocol.js';

export interface Typist {
  editor: BenchEditor;
  roomIndex: number;
}

/** mulberry32: small, seeded, good enough to spread phases. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class TypingSchedule {
  private readonly windowStart: number;
  private readonly end: number;

  constructor(
    private readonly plan: RunPlan,
    private readonly log: ArrivalLog,
    private readonly typists: Typist[],
  ) {
    this.windowStart = plan.startAt + plan.warmupMs;
    this.end = this.windowStart + plan.durationMs;
  }

  waitForStart(): Promise<void> {
    return new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, this.plan.startAt - this.log.now())),
    );
  }

  run(): Promise<void> {
    const random = seededRandom(this.plan.seed);
    const loops = this.typists.flatMap((typist) => [
      this.repeat(this.plan.typeIntervalMs, random(), () => this.type(typist)),
      this.repeat(this.plan.awarenessIntervalMs, random(), () => typist.editor.moveCursor()),
    ]);
    return Promise.all(loops).then(() => undefined);
  }

  private type({ editor, roomIndex }: Typist): void {
    const at = this.log.now();
    const key = editor.type();
    if (at >= this.windowStart && at < this.end) this.log.sent.set(key, [at, roomIndex]);
  }

  /** Runs `action` at startAt + phase·interval + k·interval until the window ends. */
  private repeat(intervalMs: number, phase: number, action: () => void): Promise<void> {
    return new Promise((resolve) => {
      let due = this.plan.startAt + phase * intervalMs;
      const tick = (): void => {
        if (due >= this.end) return resolve();
        action();
        due += intervalMs;
        setTimeout(tick, Math.max(0, due - this.log.now()));
      };
      setTimeout(tick, Math.max(0, due - this.log.now()));
    });
  }
}
