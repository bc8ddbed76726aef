// One measured round of typing against a running server: start together, type for
// warmup + duration, wait until every edit has reached every editor (or time out), join.
import { measuredMs, type BenchOptions } from '../benchOptions.js';
import type { BenchClock } from '../clients/ArrivalLog.js';
import type { ClientPool } from '../clients/ClientPool.js';
import type { LoopDelay } from '../clients/loopDelay.js';
import { propagation, type Propagation } from '../report/stats.js';
import { coreBusyMs, machineBusyMs, ProcessMonitor } from '../servers/processStats.js';
import type { ServerProcess } from '../servers/ServerProcess.js';

export interface RoundResult {
  /** The measured window, ms: `durationMs`, or longer for few typists (`measuredMs`). */
  windowMs: number;
  latency: Propagation;
  serverCpuPercent: number;
  serverPeakRss: number;
  /** Load generators' CPU as a percentage of one core (they share one when pinned). */
  clientCpuPercent: number;
  /**
   * The server's own event-loop delay in the window, and each load generator's: whether the
   * server or the machine paused (absent in results from before they were recorded).
   */
  serverLoopDelay?: LoopDelay;
  clientLoopDelay?: LoopDelay[];
  /** CPU used by everything else on the machine during the window, % of one core. */
  backgroundCpuPercent: number;
  /** Busy % of each core during the window, all work included (the server has core 0). */
  coreBusyPercent?: number[];
  disconnects: number;
  /** (editor, sender) pairs still behind when the drain gave up. */
  unreached: number;
}

export async function typingRound(
  options: BenchOptions,
  clock: BenchClock,
  pool: ClientPool,
  server: ServerProcess,
  typists: number,
  receiversInRoom: (roomIndex: number) => number,
): Promise<RoundResult> {
  const durationMs = measuredMs(options, typists);
  const startAt = clock() + 300;
  let monitor: ProcessMonitor | undefined;
  let machineStart = 0;
  let coresStart: number[] = [];
  let windowStart = 0;
  const windowOpens = setTimeout(
    () => {
      monitor = new ProcessMonitor(server.pid);
      machineStart = machineBusyMs();
      coresStart = coreBusyMs();
      windowStart = performance.now();
      server.watchLoopDelay();
    },
    Math.max(0, startAt + options.warmupMs - clock()),
  );
  const typed = await pool.run({
    startAt,
    warmupMs: options.warmupMs,
    durationMs,
    typeIntervalMs: options.typeIntervalMs,
    awarenessIntervalMs: options.awarenessIntervalMs,
    seed: options.seed,
  });
  clearTimeout(windowOpens);
  const windowMs = performance.now() - windowStart;
  const coreBusyPercent = coreBusyMs().map(
    (ms, i) => (100 * (ms - (coresStart[i] ?? 0))) / windowMs,
  );
  const machinePercent =
    (100 * (machineBusyMs() - machineStart)) / (performance.now() - windowStart);
  const serverStats = (monitor ?? new ProcessMonitor(server.pid)).stop();
  const serverLoopDelay = monitor ? await server.loopDelay() : undefined;
  const drained = await pool.drain(
    typed.flatMap((report) => report.marks),
    Math.max(10_000, durationMs),
  );
  const wallMs = Math.max(...typed.map((report) => report.wallMs));
  const clientCpuPercent = (100 * typed.reduce((sum, report) => sum + report.cpuMs, 0)) / wallMs;
  return {
    windowMs: durationMs,
    latency: propagation(drained, receiversInRoom),
    serverCpuPercent: serverStats.cpuPercent,
    serverPeakRss: serverStats.peakRss,
    clientCpuPercent,
    ...(serverLoopDelay && {
      serverLoopDelay: {
        p99Ms: serverLoopDelay.p99Ms,
        maxMs: serverLoopDelay.maxMs,
        samples: serverLoopDelay.samples,
      },
    }),
    clientLoopDelay: typed.map((report) => report.loopDelay),
    backgroundCpuPercent: Math.max(0, machinePercent - serverStats.cpuPercent - clientCpuPercent),
    coreBusyPercent,
    disconnects: drained.reduce((sum, report) => sum + report.disconnects, 0),
    unreached: drained.reduce((sum, report) => sum + report.unreached, 0),
  };
}
