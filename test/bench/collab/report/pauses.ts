// The stall split of a latency cell: the server's own event-loop delay in the measured window
// beside the load generators', so that a p99 says whether the server or the machine paused.
import type { RoundResult } from '../scenarios/typingRound.js';
import { ms } from './reportFormat.js';
import { spread, type Spread } from './spread.js';

export interface Pauses {
  /** The server's event-loop delay beyond its timer's interval, ms: p99 and longest. */
  serverP99?: Spread;
  serverMax?: Spread;
  /** The load generators' (the largest of them in each repeat), ms. */
  generatorsP99?: Spread;
  generatorsMax?: Spread;
}

const largest = (values: number[]): number | undefined =>
  values.length ? Math.max(...values) : undefined;

export function pausesOf(rounds: RoundResult[]): Pauses {
  return {
    serverP99: spread(rounds.map((r) => r.serverLoopDelay?.p99Ms)),
    serverMax: spread(rounds.map((r) => r.serverLoopDelay?.maxMs)),
    generatorsP99: spread(
      rounds.map((r) => largest((r.clientLoopDelay ?? []).map((d) => d.p99Ms))),
    ),
    generatorsMax: spread(
      rounds.map((r) => largest((r.clientLoopDelay ?? []).map((d) => d.maxMs))),
    ),
  };
}

/** "server 0.41 / 12.3 ms, load generators 3.10 / 41.0 ms": p99 / longest, medians. */
export function pausesText(p: Pauses): string {
  const pair = (p99?: Spread, max?: Spread): string =>
    p99 && max ? `${ms(p99.median)} / ${ms(max.median)} ms` : '–';
  return `server ${pair(p.serverP99, p.serverMax)}, load generators ${pair(p.generatorsP99, p.generatorsMax)}`;
}

export type PausedBy = 'the server' | 'the load generators' | 'both' | 'neither' | 'unknown';

/**
 * Who paused as long as the cell's p99 (medians): a stall of the server's loop delays every
 * edit it holds, one of a load generator's delays the edits it makes or receives, so a
 * longest stall at least as long as the p99 can have set it; neither means the p99 is spent
 * in work and waiting, not in one process's pauses.
 */
export function pausedBy(p99: Spread | undefined, p: Pauses): PausedBy {
  if (!p99 || !p.serverMax || !p.generatorsMax) return 'unknown';
  const server = p.serverMax.median >= p99.median;
  const generators = p.generatorsMax.median >= p99.median;
  if (server && generators) return 'both';
  if (server) return 'the server';
  if (generators) return 'the load generators';
  return 'neither';
}
