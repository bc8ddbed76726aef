// `pnpm bench:collab`: runs the collaboration benchmark scenarios one after another and
// writes docs/benchmarks.md with its chart (with --smoke, into a temp dir instead).
// `--report-only=results.json` re-renders the report from a saved run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchClock } from './clients/ArrivalLog.js';
import { parseBenchOptions, type BenchOptions } from './benchOptions.js';
import { renderLatencyChart } from './report/renderChart.js';
import { SERVER_NAMES, writeReport, type BenchResults } from './report/writeReport.js';
import { runColdOpen } from './scenarios/coldOpen.js';
import { runManyDocuments } from './scenarios/manyDocuments.js';
import { runManyEditors } from './scenarios/manyEditors.js';
import { runPersistence } from './scenarios/persistence.js';
import { runProfile } from './scenarios/profile.js';
import { removeServerData } from './servers/ServerProcess.js';

const progress = (line: string): void => console.log(`[bench] ${line}`);

async function runAll(options: BenchOptions): Promise<BenchResults> {
  const startedAt = new Date();
  const clockBase = process.hrtime.bigint();
  const clock = benchClock(clockBase);
  const has = (name: BenchOptions['scenarios'][number]): boolean =>
    options.scenarios.includes(name);
  const editors = has('editors') ? await runManyEditors(options, clock, clockBase, progress) : [];
  const documents = has('documents')
    ? await runManyDocuments(options, clock, clockBase, progress)
    : [];
  const coldOpen = has('coldOpen') ? await runColdOpen(options, progress) : [];
  const persistence = has('persistence') ? await runPersistence(options, progress) : undefined;
  const profileEditors = options.editors.includes(100) ? 100 : (options.editors[0] ?? 4);
  const profile = has('profile')
    ? await runProfile(options, clock, clockBase, profileEditors)
    : undefined;
  return {
    options,
    startedAt,
    elapsedMs: Date.now() - startedAt.getTime(),
    editors,
    documents,
    coldOpen,
    persistence,
    profile,
  };
}

async function writeOutputs(results: BenchResults): Promise<void> {
  const { outDir } = results.options;
  mkdirSync(join(outDir, 'images'), { recursive: true });
  const points = results.editors
    .filter((row) => row.round && row.round.latency.count > 0)
    .map((row) => ({
      server: SERVER_NAMES[row.server],
      editors: row.editors,
      p99: Math.max(0.1, row.round?.latency.p99 ?? 0),
    }));
  if (points.length) {
    const png = await renderLatencyChart(
      points,
      'p99 propagation latency, one statement, N editors',
    );
    writeFileSync(join(outDir, 'images', 'bench-latency-p99.png'), png);
  }
  const report = join(outDir, 'benchmarks.md');
  writeFileSync(report, writeReport(results));
  progress(`wrote ${report}`);
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  const saved = process.argv.find((arg) => arg.startsWith('--report-only='))?.split('=')[1];
  if (saved) {
    const results = JSON.parse(readFileSync(saved, 'utf8')) as BenchResults;
    results.startedAt = new Date(results.startedAt);
    results.options.outDir = options.outDir;
    return writeOutputs(results);
  }
  if (options.pin && (availableParallelism() < 2 || spawnSync('taskset', ['-V']).status !== 0))
    options.pin = false;
  // The coordinator mostly waits; it shares the load generators' core.
  if (options.pin)
    spawnSync('taskset', ['-a', '-pc', '1', String(process.pid)], { stdio: 'ignore' });
  progress(`seed ${options.seed}; options ${JSON.stringify(options)}`);
  const results = await runAll(options).finally(removeServerData);
  // --merge=previous.json keeps the previous run's results for the scenarios not run now.
  const merge = process.argv.find((arg) => arg.startsWith('--merge='))?.split('=')[1];
  if (merge) {
    const previous = JSON.parse(readFileSync(merge, 'utf8')) as BenchResults;
    const kept = options.scenarios;
    if (!kept.includes('editors')) results.editors = previous.editors;
    if (!kept.includes('documents')) results.documents = previous.documents;
    if (!kept.includes('coldOpen')) results.coldOpen = previous.coldOpen;
    if (!kept.includes('persistence')) results.persistence = previous.persistence;
    if (!kept.includes('profile')) results.profile = previous.profile;
    results.elapsedMs += previous.elapsedMs;
  }
  const raw = join(options.smoke ? options.outDir : tmpdir(), 'plenary-bench-results.json');
  writeFileSync(raw, JSON.stringify(results, null, 1));
  progress(`raw results in ${raw}`);
  await writeOutputs(results);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
