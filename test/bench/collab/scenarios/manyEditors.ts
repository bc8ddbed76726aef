// Scenario 1: N editors on one statement, each typing and moving its caret; a fresh server
// process for every (server, N). A server whose round fails or whose p99 passes 10 s is not
// given a larger N: the run stays bounded.
import type { BenchOptions, ServerKind } from '../benchOptions.js';
import type { BenchClock } from '../clients/ArrivalLog.js';
import { ClientPool } from '../clients/ClientPool.js';
import { prepareRooms } from '../servers/benchRooms.js';
import { waitForQuietWindow, type QuietWindow } from '../servers/quietWindow.js';
import { ServerProcess } from '../servers/ServerProcess.js';
import { typingRound, type RoundResult } from './typingRound.js';

export interface EditorsRow {
  server: ServerKind;
  editors: number;
  connectMs: number;
  connectFailures: number;
  round?: RoundResult;
  /** How busy the machine was just before the cell, after waiting up to 20 s for a lull. */
  before?: QuietWindow;
  error?: string;
}

const GIVE_UP_P99_MS = 10_000;

export async function runManyEditors(
  options: BenchOptions,
  clock: BenchClock,
  clockBase: bigint,
  progress: (line: string) => void,
): Promise<EditorsRow[]> {
  const rows: EditorsRow[] = [];
  const gaveUp = new Set<ServerKind>();
  // N outer, servers inner: on a shared machine the servers compared at one N run minutes
  // apart at most, under much the same background load.
  for (const editors of options.editors) {
    for (const kind of options.servers.filter((k) => !gaveUp.has(k))) {
      const row = await oneRun(kind, editors, options, clock, clockBase);
      rows.push(row);
      const r = row.round;
      progress(
        r
          ? `editors ${kind} N=${editors}: p50 ${r.latency.p50.toFixed(1)} ms, p99 ${r.latency.p99.toFixed(1)} ms, server CPU ${r.serverCpuPercent.toFixed(0)}%, clients CPU ${r.clientCpuPercent.toFixed(0)}% (loop delay p99 ${Math.max(...(r.clientLoopDelay ?? []).map((d) => d.p99Ms)).toFixed(1)} ms), server loop delay p99 ${r.serverLoopDelay?.p99Ms.toFixed(1)} ms max ${r.serverLoopDelay?.maxMs.toFixed(1)} ms, cores ${r.coreBusyPercent?.map((c) => c.toFixed(0)).join('/')}%, missing ${r.latency.missing}/${r.latency.edits}`
          : `editors ${kind} N=${editors}: failed: ${row.error}`,
      );
      if (!r || r.latency.p99 > GIVE_UP_P99_MS) gaveUp.add(kind);
    }
  }
  return rows;
}

async function oneRun(
  kind: ServerKind,
  editors: number,
  options: BenchOptions,
  clock: BenchClock,
  clockBase: bigint,
): Promise<EditorsRow> {
  const server = await ServerProcess.start(kind, { pin: options.pin, nice: options.nice });
  const pool = ClientPool.start(
    Math.min(options.clientProcesses, editors),
    options.pin,
    clockBase,
    options.nice,
  );
  try {
    const rooms = await prepareRooms(kind, server.url, 1);
    const room = rooms.names[0] ?? '';
    const connected = await pool.connect(
      { kind, url: server.url, cookie: rooms.cookie },
      Array.from({ length: editors }, (_, i) => ({
        room,
        roomIndex: 0,
        typist: true,
        full: i < options.fullEditors,
      })),
    );
    if (connected.failed > 0) {
      return {
        server: kind,
        editors,
        connectMs: connected.ms,
        connectFailures: connected.failed,
        error: connected.firstError,
      };
    }
    const before = options.smoke ? undefined : await waitForQuietWindow(20_000, 60);
    const round = await typingRound(options, clock, pool, server, editors, () => editors - 1);
    return { server: kind, editors, connectMs: connected.ms, connectFailures: 0, round, before };
  } catch (error) {
    return { server: kind, editors, connectMs: 0, connectFailures: 0, error: String(error) };
  } finally {
    await pool.close();
    await server.stop();
  }
}
