// Messages between the coordinator and a load-generator process (over Node IPC).
import type { ServerKind } from '../benchOptions.js';
import type { LoopDelay } from './loopDelay.js';

export interface EditorPlan {
  room: string;
  roomIndex: number;
  typist: boolean;
  /** A stock provider that applies every update (else a light one, see LightReceiver). */
  full: boolean;
}

export interface RunPlan {
  /** Bench clock time (ms) at which typing starts; edits before startAt + warmupMs are not measured. */
  startAt: number;
  warmupMs: number;
  durationMs: number;
  typeIntervalMs: number;
  awarenessIntervalMs: number;
  seed: number;
}

/** [roomIndex, sender, next sequence number]: everything the sender made before `next`. */
export type Mark = [number, string, number];

export type ToWorker =
  | {
      type: 'connect';
      target: { kind: ServerKind; url: string; cookie?: string };
      editors: EditorPlan[];
      concurrency: number;
      timeoutMs: number;
    }
  | { type: 'run'; plan: RunPlan }
  | { type: 'drain'; marks: Mark[]; timeoutMs: number }
  | { type: 'close' };

export interface TypedReport {
  type: 'typed';
  marks: Mark[];
  cpuMs: number;
  wallMs: number;
  /** This load generator's own event-loop delay in the measured window. */
  loopDelay: LoopDelay;
}

export interface DrainedReport {
  type: 'drained';
  /** [key, made at, roomIndex] */
  sent: Array<[string, number, number]>;
  /** [key, latest arrival here, editors here it reached] */
  arrivals: Array<[string, number, number]>;
  /** (editor, mark) pairs not reached before the drain timed out. */
  unreached: number;
  disconnects: number;
}

export type FromWorker =
  | { type: 'connected'; ok: number; failed: number; firstError?: string; ms: number }
  | TypedReport
  | DrainedReport
  | { type: 'error'; message: string };
