// docs/benchmarks.json: the run's cells for other tools, per server, per scenario, per cell,
// every figure with its unit named, and the goals with their verdicts.
import type { ServerKind } from '../benchOptions.js';
import type { BenchResults } from './BenchResults.js';
import {
  append,
  burst,
  coldCell,
  documentCounts,
  documentsCell,
  editorCounts,
  editorsCell,
} from './cells.js';
import { goals } from './goals.js';
import type { Pauses } from './pauses.js';
import type { Spread } from './spread.js';

type Measure = (Spread & { unit: string }) | null;
const m = (value: Spread | undefined, unit: string): Measure => (value ? { ...value, unit } : null);

export function writeJson(results: BenchResults): unknown {
  const servers: Record<string, unknown> = {};
  for (const server of results.options.servers) servers[server] = serverCells(results, server);
  return {
    generatedAt: results.startedAt,
    kind: results.options.smoke ? 'smoke' : results.options.quick ? 'quick' : 'full',
    repeats: results.options.repeats,
    merged: results.stamps.some((s) => s.mergedFrom),
    stamps: results.stamps,
    note: 'Each measure: median, min and max over the repeats (n of them), with its unit.',
    servers,
    persistence: {
      append: Object.fromEntries(
        (['normal', 'full'] as const).map((d) => {
          const a = append(results, d);
          return [
            d,
            { p50: m(a.p50, 'ms'), p99: m(a.p99, 'ms'), rate: m(a.perSecond, 'appends/s') },
          ];
        }),
      ),
    },
    goals: goals(results),
  };
}

function serverCells(results: BenchResults, server: ServerKind): unknown {
  const cold = coldCell(results, server);
  return {
    editors: Object.fromEntries(
      editorCounts(results).map((n) => {
        const c = editorsCell(results, server, n);
        return [
          n,
          {
            measuredWindow: m(c.windowMs, 'ms'),
            editsMeasured: m(c.edits, 'edits'),
            p50: m(c.p50, 'ms'),
            p99: m(c.p99, 'ms'),
            max: m(c.max, 'ms'),
            serverCpu: m(c.cpu, '% of one core'),
            cpuPerDeliveredUpdate: m(c.cpuPerDelivery, 'µs'),
            peakRss: m(c.peakRssMiB, 'MiB'),
            editsNotDelivered: c.missing,
            eventLoopDelay: pausesJson(c.pauses),
            failures: c.failures,
          },
        ];
      }),
    ),
    documents: Object.fromEntries(
      documentCounts(results).map((d) => {
        const c = documentsCell(results, server, d);
        return [
          d,
          {
            connectAll: m(c.connectS, 's'),
            editsMeasured: m(c.edits, 'edits'),
            p99: m(c.p99, 'ms'),
            heapPerOpenStatement: m(c.perOpenDocumentKiB, 'KiB'),
            idleRss: m(c.idleRssMiB, 'MiB'),
            eventLoopDelay: pausesJson(c.pauses),
            failures: c.failures,
          },
        ];
      }),
    ),
    coldOpen: {
      characters: cold.chars ?? null,
      warm: m(cold.warm, 'ms'),
      afterKill: m(cold.afterKill, 'ms'),
      afterStop: m(cold.afterStop, 'ms'),
      statementMemory: m(cold.statementKiB, 'KiB'),
      failures: cold.failures,
    },
    burst: m(burst(results, server), 'updates/s'),
  };
}

/** The stall split: the server's and the most delayed load generator's event-loop delay. */
const pausesJson = (p: Pauses): unknown => ({
  note: 'How late a 2 ms timer ran in the measured window, beyond its 2 ms.',
  server: { p99: m(p.serverP99, 'ms'), max: m(p.serverMax, 'ms') },
  loadGenerators: { p99: m(p.generatorsP99, 'ms'), max: m(p.generatorsMax, 'ms') },
});
