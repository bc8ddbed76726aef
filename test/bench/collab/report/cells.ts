// One cell of the report (a server at an N) over every repeat of the run.
import type { ServerKind } from '../benchOptions.js';
import type { BenchResults } from './BenchResults.js';
import { pausesOf, type Pauses } from './pauses.js';
import { spread, type Spread } from './spread.js';

export interface EditorsCell {
  /** Edits whose propagation was measured, per repeat: what p50 and p99 are drawn from. */
  edits?: Spread;
  /** The measured window, ms (longer than `durationMs` for few editors). */
  windowMs?: Spread;
  p50?: Spread;
  p99?: Spread;
  max?: Spread;
  /** % of one core during the measured window. */
  cpu?: Spread;
  /** Server CPU time per delivered update (one edit arriving at one other editor), µs. */
  cpuPerDelivery?: Spread;
  peakRssMiB?: Spread;
  /** Edits not delivered, summed over the repeats. */
  missing: number;
  /** Repeats in which a core was saturated (the cell measured the machine). */
  saturated: number;
  /** The server's and the load generators' own event-loop delay in the window. */
  pauses: Pauses;
  failures: string[];
}

export function editorsCell(
  results: BenchResults,
  server: ServerKind,
  editors: number,
): EditorsCell {
  const rows = results.repeats.flatMap((run) =>
    run.editors.filter((r) => r.server === server && r.editors === editors),
  );
  const rounds = rows.flatMap((r) => (r.round ? [r.round] : []));
  return {
    edits: spread(rounds.map((r) => r.latency.count)),
    windowMs: spread(rounds.map((r) => r.windowMs)),
    p50: spread(rounds.map((r) => r.latency.p50)),
    p99: spread(rounds.map((r) => r.latency.p99)),
    max: spread(rounds.map((r) => r.latency.max)),
    cpu: spread(rounds.map((r) => r.serverCpuPercent)),
    cpuPerDelivery: spread(
      rounds.map((r) => {
        const deliveries = (r.latency.edits - r.latency.missing) * (editors - 1);
        return deliveries > 0
          ? ((r.serverCpuPercent / 100) * r.windowMs * 1000) / deliveries
          : undefined;
      }),
    ),
    peakRssMiB: spread(rounds.map((r) => r.serverPeakRss / 2 ** 20)),
    missing: rounds.reduce((sum, r) => sum + r.latency.missing, 0),
    saturated: rounds.filter((r) => Math.max(...(r.coreBusyPercent ?? [0])) >= 85).length,
    pauses: pausesOf(rounds),
    failures: rows.flatMap((r) => (r.error ? [r.error] : [])),
  };
}

export interface DocumentsCell {
  connectS?: Spread;
  /** Edits whose propagation was measured, per repeat: what p99 is drawn from. */
  edits?: Spread;
  p99?: Spread;
  perOpenDocumentKiB?: Spread;
  idleRssMiB?: Spread;
  /** The server's and the load generators' own event-loop delay in the typing window. */
  pauses: Pauses;
  failures: string[];
}

export function documentsCell(
  results: BenchResults,
  server: ServerKind,
  documents: number,
): DocumentsCell {
  const rows = results.repeats.flatMap((run) =>
    run.documents.filter((r) => r.server === server && r.documents === documents),
  );
  const ok = rows.filter((r) => !r.error);
  return {
    connectS: spread(ok.map((r) => r.connectMs / 1000)),
    edits: spread(ok.map((r) => r.round?.latency.count)),
    p99: spread(ok.map((r) => r.round?.latency.p99)),
    perOpenDocumentKiB: spread(ok.map((r) => r.perOpenDocumentHeap / 1024)),
    idleRssMiB: spread(ok.map((r) => (r.idleRss === undefined ? undefined : r.idleRss / 2 ** 20))),
    pauses: pausesOf(ok.flatMap((r) => (r.round ? [r.round] : []))),
    failures: rows.flatMap((r) => (r.error ? [r.error] : [])),
  };
}

/** Plenary's idle RSS as deployed (plain Node), MiB: at rest, or one second after listening. */
export function deployedIdleRss(
  results: BenchResults,
  moment: 'rest' | 'started' = 'rest',
): Spread | undefined {
  return spread(
    results.repeats.flatMap((run) =>
      run.documents.flatMap((r) => {
        const bytes = moment === 'rest' ? r.deployedIdleRss : r.deployedStartedRss;
        return bytes === undefined ? [] : [bytes / 2 ** 20];
      }),
    ),
  );
}

/** How many of the at-rest measures came after the server's idle collection had run. */
export function deployedIdleCollected(results: BenchResults): { collected: number; of: number } {
  const rows = results.repeats.flatMap((run) =>
    run.documents.filter((r) => r.deployedIdleRss !== undefined),
  );
  return { collected: rows.filter((r) => r.deployedIdleCollected).length, of: rows.length };
}

/** Every server's idle RSS under the benchmark's launcher, from the documents cells. */
export function idleRss(results: BenchResults, server: ServerKind): Spread | undefined {
  return spread(
    results.repeats.flatMap((run) =>
      run.documents
        .filter((r) => r.server === server && r.idleRss !== undefined)
        .map((r) => r.idleRss! / 2 ** 20),
    ),
  );
}

export interface ColdCell {
  chars?: number;
  updates?: number;
  warm?: Spread;
  afterKill?: Spread;
  afterStop?: Spread;
  statementKiB?: Spread;
  failures: string[];
}

export function coldCell(results: BenchResults, server: ServerKind): ColdCell {
  const rows = results.repeats.flatMap((run) => run.coldOpen.filter((r) => r.server === server));
  const ok = rows.filter((r) => !r.error);
  return {
    chars: ok[0]?.chars,
    updates: ok[0]?.updates,
    warm: spread(ok.map((r) => (r.warm.count ? r.warm.p50 : undefined))),
    afterKill: spread(ok.map((r) => (r.coldLog?.count ? r.coldLog.p50 : undefined))),
    afterStop: spread(ok.map((r) => (r.coldSnapshot?.count ? r.coldSnapshot.p50 : undefined))),
    statementKiB: spread(
      ok.map((r) => (r.statementHeap === undefined ? undefined : r.statementHeap / 1024)),
    ),
    failures: rows.flatMap((r) => (r.error ? [r.error] : [])),
  };
}

export function burst(results: BenchResults, server: ServerKind): Spread | undefined {
  return spread(
    results.repeats.map(
      (run) => run.persistence?.burst.find((b) => b.server === server && !b.error)?.perSecond,
    ),
  );
}

export function append(
  results: BenchResults,
  durability: 'normal' | 'full',
): { p50?: Spread; p99?: Spread; perSecond?: Spread } {
  const rows = results.repeats.flatMap((run) =>
    (run.persistence?.append ?? []).filter((a) => a.durability === durability),
  );
  return {
    p50: spread(rows.map((a) => a.latency.p50)),
    p99: spread(rows.map((a) => a.latency.p99)),
    perSecond: spread(rows.map((a) => a.perSecond)),
  };
}

export const editorCounts = (results: BenchResults): number[] =>
  [...new Set(results.repeats.flatMap((run) => run.editors.map((r) => r.editors)))].sort(
    (a, b) => a - b,
  );

export const documentCounts = (results: BenchResults): number[] =>
  [...new Set(results.repeats.flatMap((run) => run.documents.map((r) => r.documents)))].sort(
    (a, b) => a - b,
  );
