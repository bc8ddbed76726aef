// The collaboration benchmark (`pnpm bench:collab`) in its smoke mode, so it cannot rot:
// tiny N, a second of typing, Plenary and the floor. It checks the run completes and its
// numbers are sane; timing targets are read from docs/benchmarks.md, never asserted here.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResults } from './bench/collab/report/writeReport.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const committedReport = join(repoRoot, 'docs/benchmarks.md');

function runSmoke(outDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/bench/collab/main.ts',
        '--smoke',
        '--servers=floor,plenary',
        `--out=${outDir}`,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('collaboration benchmark, smoke mode', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it(
    'runs every scenario against Plenary and the floor and reports sane numbers',
    { timeout: 150_000 },
    async () => {
      const before = existsSync(committedReport) ? statSync(committedReport).mtimeMs : undefined;
      const { code, output } = await runSmoke(outDir);
      expect(code, output).toBe(0);

      const results = JSON.parse(
        readFileSync(join(outDir, 'plenary-bench-results.json'), 'utf8'),
      ) as BenchResults;
      expect(results.repeats).toHaveLength(1);
      const run = results.repeats[0]!;
      expect(results.stamps.map((stamp) => stamp.scenario)).toEqual([
        'editors',
        'documents',
        'coldOpen',
        'persistence',
      ]);
      expect(results.stamps.every((stamp) => /^[0-9a-f]{7,}$/.test(stamp.commit))).toBe(true);
      for (const row of run.editors) {
        expect(row.error, `${row.server}: ${row.error}`).toBeUndefined();
        const latency = row.round?.latency;
        expect(latency?.edits).toBeGreaterThan(0);
        expect(latency?.missing).toBe(0);
        expect(latency?.p50).toBeGreaterThan(0);
        expect(latency?.p99).toBeGreaterThanOrEqual(latency?.p50 ?? Infinity);
        expect(latency?.max).toBeLessThan(60_000);
        // The stall split: the server's own event-loop delay and each load generator's.
        expect(row.round?.serverLoopDelay?.samples).toBeGreaterThan(0);
        expect(row.round?.clientLoopDelay).toHaveLength(results.options.clientProcesses);
      }
      expect(run.editors.map((row) => row.server).sort()).toEqual(['floor', 'plenary']);
      const plenaryDocs = run.documents.find((row) => row.server === 'plenary');
      expect(plenaryDocs?.error).toBeUndefined();
      expect(plenaryDocs?.perOpenDocumentHeap).toBeGreaterThan(0);
      expect(plenaryDocs?.round?.latency.missing).toBe(0);
      const cold = run.coldOpen.find((row) => row.server === 'plenary');
      expect(cold?.error).toBeUndefined();
      expect(cold?.chars).toBeGreaterThan(1000);
      expect(cold?.coldLog?.p50).toBeGreaterThan(0);
      expect(cold?.statementHeap).toBeGreaterThan(0);
      expect(cold?.coldSnapshot?.p50).toBeGreaterThan(0);
      expect(run.persistence?.append.map((row) => row.durability)).toEqual(['normal', 'full']);
      expect(run.persistence?.append[0]?.latency.p50).toBeGreaterThan(0);
      expect(run.persistence?.burst[0]?.perSecond).toBeGreaterThan(0);

      const report = readFileSync(join(outDir, 'benchmarks.md'), 'utf8');
      expect(report).toContain('# Collaboration benchmark');
      expect(report).toContain('## 1. Many editors, one statement');
      expect(report).toContain('## Goals (issue 20)');
      expect(report).toContain('a smoke run');
      expect(report).toContain('event-loop delay p99 / longest');
      const json = JSON.parse(readFileSync(join(outDir, 'benchmarks.json'), 'utf8')) as {
        kind: string;
        servers: Record<string, { editors: Record<string, { p99: { unit: string } | null }> }>;
      };
      expect(json.kind).toBe('smoke');
      expect(json.servers.plenary?.editors['4']?.p99?.unit).toBe('ms');
      expect(existsSync(join(outDir, 'images', 'bench-latency-p99.png'))).toBe(true);
      // Smoke mode never touches the committed report.
      expect(existsSync(committedReport) ? statSync(committedReport).mtimeMs : undefined).toBe(
        before,
      );
    },
  );
});
