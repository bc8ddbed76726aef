// The report's stall split: each latency cell shows the server's own event-loop delay beside
// the load generators', and a latency goal not met says which of them paused as long as its
// p99, all computed from the run's data.
import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './bench/collab/benchOptions.js';
import { loopDelayOf, watchLoopDelay } from './bench/collab/clients/loopDelay.js';
import type { BenchResults } from './bench/collab/report/BenchResults.js';
import { writeJson } from './bench/collab/report/writeJson.js';
import { writeReport } from './bench/collab/report/writeReport.js';
import type { EditorsRow } from './bench/collab/scenarios/manyEditors.js';

const pause = (p99Ms: number, maxMs: number) => ({ p99Ms, maxMs, samples: 4000 });

function row(
  server: 'plenary' | 'hocuspocus',
  p99: number,
  serverMax: number,
  generatorMax: number[],
): EditorsRow {
  return {
    server,
    editors: 50,
    connectMs: 100,
    connectFailures: 0,
    round: {
      windowMs: 8000,
      latency: {
        count: 1300,
        min: 1,
        p50: 4,
        p90: 6,
        p99,
        max: p99 * 2,
        mean: 4,
        edits: 1300,
        missing: 0,
      },
      serverCpuPercent: 40,
      serverPeakRss: 2 ** 27,
      clientCpuPercent: 60,
      backgroundCpuPercent: 0,
      serverLoopDelay: pause(serverMax / 4, serverMax),
      clientLoopDelay: generatorMax.map((max) => pause(max / 4, max)),
      disconnects: 0,
      unreached: 0,
    },
  };
}

function results(rows: EditorsRow[][]): BenchResults {
  return {
    options: {
      ...parseBenchOptions([], {}),
      servers: ['plenary', 'hocuspocus'],
      repeats: rows.length,
    },
    startedAt: '2026-12-06T10:00:00.000Z',
    elapsedMs: 60_000,
    repeats: rows.map((editors) => ({ editors, documents: [], coldOpen: [] })),
    stamps: [],
  };
}

describe('bench:collab report, the stall split', () => {
  it('shows each cell’s server and load-generator pauses and says who paused as long as a missed p99', () => {
    // Plenary's p99 (20 ms) is over Hocuspocus's (8 ms) in every repeat; Plenary's server
    // stalled 30 ms at most, its load generators 6 ms; Hocuspocus's neither as long as 8 ms.
    const run = results(
      [0, 1, 2].map(() => [row('plenary', 20, 30, [5, 6]), row('hocuspocus', 8, 3, [4, 2])]),
    );
    const report = writeReport(run);
    expect(report).toContain('event-loop delay p99 / longest');
    expect(report).toContain('server 7.50 / 30.0 ms, load generators 1.50 / 6.00 ms');
    const finding = report
      .split('\n')
      .find((line) => line.startsWith('- **Pauses behind the p99 at 50 editors**'));
    expect(finding).toContain('(missed)');
    expect(finding).toContain('Plenary 20.0 ms (20.0–20.0)');
    expect(finding).toContain('paused as long as the p99: the server.');
    expect(finding).toContain('paused as long as the p99: neither');

    const json = writeJson(run) as {
      servers: Record<
        string,
        {
          editors: Record<
            string,
            {
              eventLoopDelay: {
                server: { max: { median: number; unit: string } };
                loadGenerators: { max: { median: number } };
              };
            }
          >;
        }
      >;
    };
    const cell = json.servers.plenary?.editors['50']?.eventLoopDelay;
    expect(cell?.server.max).toMatchObject({ median: 30, unit: 'ms' });
    expect(cell?.loadGenerators.max.median).toBe(6);
  });

  it('blames the load generators when they, not the server, paused as long as the p99', () => {
    const run = results([[row('plenary', 20, 4, [3, 45]), row('hocuspocus', 8, 3, [4, 2])]]);
    const finding = writeReport(run)
      .split('\n')
      .find((line) => line.startsWith('- **Pauses behind the p99 at 50 editors**'));
    expect(finding).toContain(
      'Plenary 20.0 ms, event-loop delay p99 / longest: server 1.00 / 4.00 ms, load generators 11.3 / 45.0 ms; paused as long as the p99: the load generators.',
    );
  });

  it('says nothing of pauses for a latency goal that is met', () => {
    const run = results([[row('plenary', 5, 30, [40]), row('hocuspocus', 8, 3, [4])]]);
    expect(writeReport(run)).not.toContain('Pauses behind');
  });

  it('measures a loop delay beyond the timer’s interval: a blocked loop, not the interval itself', async () => {
    expect(loopDelayOf(0, 0, 0)).toEqual({ p99Ms: 0, maxMs: 0, samples: 0 });
    expect(loopDelayOf(10, 2.5e6, 32e6)).toEqual({ p99Ms: 0.5, maxMs: 30, samples: 10 });
    const window = watchLoopDelay();
    await new Promise((resolve) => setTimeout(resolve, 30));
    window.restart();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const blockedUntil = performance.now() + 40;
    while (performance.now() < blockedUntil);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const measured = window.stop();
    expect(measured.maxMs).toBeGreaterThanOrEqual(35);
    expect(measured.samples).toBeGreaterThan(5);
  });
});
