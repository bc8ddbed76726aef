// Scenario 2: D statements open with two editors each. Memory is probed (after a full GC in
// the server) with no document open, with one editor per document, and with two, so a
// document's and a connection's share can be told apart; then the first editor of a few
// documents types while the rest stay idle, for latency.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { placement, repoRoot, type BenchOptions, type ServerKind } from '../benchOptions.js';
import type { BenchClock } from '../clients/ArrivalLog.js';
import { ClientPool } from '../clients/ClientPool.js';
import type { EditorPlan } from '../clients/workerProtocol.js';
import { prepareRooms } from '../servers/benchRooms.js';
import type { MemoryProbe } from '../servers/launchServer.js';
import { deployedNodeFlags } from '../servers/deployedFlags.js';
import { cpuTimeMs } from '../servers/processStats.js';
import { ServerProcess } from '../servers/ServerProcess.js';
import { typingRound, type RoundResult } from './typingRound.js';

export interface DocumentsRow {
  server: ServerKind;
  documents: number;
  connectMs: number;
  /** The server's CPU time (user + system, all threads) while every editor connected, ms. */
  connectCpuMs?: number;
  /** The load generators' CPU time over the same two rounds (all of them together), ms. */
  connectClientCpuMs?: number;
  /** Per document, in bytes: heap and RSS after GC. */
  perDocumentHeap: number;
  perDocumentRss: number;
  perConnectionHeap: number;
  perConnectionRss: number;
  /** Everything one open document with its two editors costs. */
  perOpenDocumentHeap: number;
  perOpenDocumentRss: number;
  /** The server's RSS after start, before any statement is opened (after a full GC), bytes. */
  idleRss?: number;
  /**
   * Plenary only, in the first cell of a repeat: its RSS started as deployed (`idlePlenary.mjs`,
   * without the launcher), at rest once its own idle collection has run.
   */
  deployedIdleRss?: number;
  /** The same process one second after it started listening. */
  deployedStartedRss?: number;
  /** Whether the idle collection ran before the measure (else `deployedIdleRss` is at 90 s). */
  deployedIdleCollected?: boolean;
  round?: RoundResult;
  error?: string;
}

export async function runManyDocuments(
  options: BenchOptions,
  clock: BenchClock,
  clockBase: bigint,
  progress: (line: string) => void,
): Promise<DocumentsRow[]> {
  const rows: DocumentsRow[] = [];
  for (const kind of options.servers) {
    for (const documents of options.documents) {
      const row = await oneRun(kind, documents, options, clock, clockBase);
      rows.push(row);
      progress(
        row.error
          ? `documents ${kind} D=${documents}: failed: ${row.error}`
          : `documents ${kind} D=${documents}: connect ${(row.connectMs / 1000).toFixed(1)} s, server CPU ${((row.connectCpuMs ?? 0) / 1000).toFixed(1)} s, load generators' ${((row.connectClientCpuMs ?? 0) / 1000).toFixed(1)} s; ${(row.perOpenDocumentHeap / 1024).toFixed(1)} KiB heap per open doc (${(row.perDocumentHeap / 1024).toFixed(1)} doc + 2 × ${(row.perConnectionHeap / 1024).toFixed(1)} conn), RSS ${(row.perOpenDocumentRss / 1024).toFixed(1)} KiB; p99 ${row.round?.latency.p99.toFixed(1)} ms, server loop delay p99 ${row.round?.serverLoopDelay?.p99Ms.toFixed(1)} ms max ${row.round?.serverLoopDelay?.maxMs.toFixed(1)} ms`,
      );
      if (row.error) break;
    }
  }
  return rows;
}

const delta = (after: MemoryProbe, before: MemoryProbe, count: number) => ({
  heap: (after.heapUsed + after.external - before.heapUsed - before.external) / count,
  rss: (after.rss - before.rss) / count,
});

async function oneRun(
  kind: ServerKind,
  documents: number,
  options: BenchOptions,
  clock: BenchClock,
  clockBase: bigint,
): Promise<DocumentsRow> {
  const server = await ServerProcess.start(kind, { pin: options.pin, nice: options.nice });
  const pool = ClientPool.start(options.clientProcesses, options.pin, clockBase, options.nice);
  const empty = {
    perDocumentHeap: 0,
    perDocumentRss: 0,
    perConnectionHeap: 0,
    perConnectionRss: 0,
  };
  try {
    const idle = await server.memory();
    const rooms = await prepareRooms(kind, server.url, documents);
    const target = { kind, url: server.url, cookie: rooms.cookie };
    const plans = (typist: (i: number) => boolean): EditorPlan[] =>
      rooms.names.map((room, i) => ({ room, roomIndex: i, typist: typist(i), full: true }));
    const before = await server.memory();
    const clientsCpu = (): number => pool.pids.reduce((sum, pid) => sum + cpuTimeMs(pid), 0);
    const cpuBefore = cpuTimeMs(server.pid);
    const clientsBefore = clientsCpu();
    const first = await pool.connect(
      target,
      plans((i) => i < options.activeDocuments),
      { concurrency: 16 },
    );
    const firstCpuMs = cpuTimeMs(server.pid) - cpuBefore;
    const firstClientCpuMs = clientsCpu() - clientsBefore;
    const oneEach = await server.memory();
    const cpuBetween = cpuTimeMs(server.pid);
    const clientsBetween = clientsCpu();
    const second = await pool.connect(
      target,
      plans(() => false),
      { concurrency: 16 },
    );
    // Without the memory probe's full collection between the two rounds.
    const connectCpuMs = firstCpuMs + cpuTimeMs(server.pid) - cpuBetween;
    const clientsAfter = clientsCpu();
    const twoEach = await server.memory();
    const connectMs = first.ms + second.ms;
    if (first.failed + second.failed > 0) {
      return {
        server: kind,
        documents,
        connectMs,
        ...empty,
        perOpenDocumentHeap: 0,
        perOpenDocumentRss: 0,
        error: `${first.failed + second.failed} editors failed to connect: ${first.firstError ?? second.firstError}`,
      };
    }
    const connection = delta(twoEach, oneEach, documents);
    const withOne = delta(oneEach, before, documents);
    const open = delta(twoEach, before, documents);
    const round = await typingRound(
      options,
      clock,
      pool,
      server,
      Math.min(options.activeDocuments, documents),
      () => 1,
    );
    return {
      server: kind,
      documents,
      connectMs,
      connectCpuMs,
      connectClientCpuMs: firstClientCpuMs + clientsAfter - clientsBetween,
      perDocumentHeap: withOne.heap - connection.heap,
      perDocumentRss: withOne.rss - connection.rss,
      perConnectionHeap: connection.heap,
      perConnectionRss: connection.rss,
      perOpenDocumentHeap: open.heap,
      perOpenDocumentRss: open.rss,
      idleRss: idle.rss,
      ...(kind === 'plenary' && documents === options.documents[0] ? deployedIdle(options) : {}),
      round,
    };
  } catch (error) {
    return {
      server: kind,
      documents,
      connectMs: 0,
      ...empty,
      perOpenDocumentHeap: 0,
      perOpenDocumentRss: 0,
      error: String(error),
    };
  } finally {
    await pool.close();
    await server.stop();
  }
}

/** Plenary's idle RSS as `plenary serve` runs it, in its own process pinned like a server. */
function deployedIdle(
  options: BenchOptions,
): Pick<DocumentsRow, 'deployedIdleRss' | 'deployedStartedRss' | 'deployedIdleCollected'> {
  const script = join(repoRoot, 'test/bench/collab/servers/idlePlenary.mjs');
  const node = [process.execPath, ...deployedNodeFlags('plenary')];
  const command = [...placement(options, 0), ...node, script];
  const run = spawnSync(command[0]!, command.slice(1), {
    cwd: join(repoRoot, 'test'),
    encoding: 'utf8',
    timeout: 120_000,
  });
  try {
    const idle = JSON.parse(run.stdout) as { rss: number; startedRss: number; collected: boolean };
    return {
      deployedIdleRss: idle.rss,
      deployedStartedRss: idle.startedRss,
      deployedIdleCollected: idle.collected,
    };
  } catch {
    return {};
  }
}
