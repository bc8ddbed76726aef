// `pnpm bench:collab`: runs the collaboration benchmark scenarios, each `repeats` times, and
// writes docs/benchmarks.md (with its chart) and docs/benchmarks.json. `--quick` and `--smoke`
// write into a temp dir instead. `--report-only=results.json` re-renders from a saved run;
// `--merge=previous.json` (for development) keeps an earlier run's scenarios not run now, and
// the report says so.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchClock } from './clients/ArrivalLog.js';
import { parseBenchOptions, type BenchOptions, type ScenarioName } from './benchOptions.js';
import type { BenchResults, RepeatResults } from './report/BenchResults.js';
import { renderLatencyChart } from './report/renderChart.js';
import { stamped } from './report/stamp.js';
import { median } from './report/spread.js';
import { writeJson } from './report/writeJson.js';
import { SERVER_NAMES, writeReport } from './report/writeReport.js';
import { runColdOpen } from './scenarios/coldOpen.js';
import { runManyDocuments } from './scenarios/manyDocuments.js';
import { runManyEditors } from './scenarios/manyEditors.js';
import { runPersistence } from './scenarios/persistence.js';
import { runProfile } from './scenarios/profile.js';
import { describeEstimate, estimateRun } from './runEstimate.js';
import { deployedNodeFlags } from './servers/deployedFlags.js';
import { removeServerData } from './servers/ServerProcess.js';

const progress = (line: string): void => console.log(`[bench] ${line}`);

async function runAll(options: BenchOptions): Promise<BenchResults> {
  const startedAt = new Date();
  const clockBase = process.hrtime.bigint();
  const clock = benchClock(clockBase);
  const has = (name: ScenarioName): boolean => options.scenarios.includes(name);
  const results: BenchResults = {
    options,
    startedAt: startedAt.toISOString(),
    elapsedMs: 0,
    repeats: [],
    stamps: [],
    serverNodeFlags: Object.fromEntries(
      options.servers.map((server) => [server, deployedNodeFlags(server)]),
    ),
  };
  const { stamps } = results;
  for (let repeat = 0; repeat < options.repeats; repeat += 1) {
    progress(`repeat ${repeat + 1} of ${options.repeats}`);
    const run: RepeatResults = { editors: [], documents: [], coldOpen: [] };
    results.repeats.push(run);
    if (has('editors'))
      run.editors = await stamped(
        'editors',
        repeat,
        () => runManyEditors(options, clock, clockBase, progress),
        stamps,
      );
    if (has('documents'))
      run.documents = await stamped(
        'documents',
        repeat,
        () => runManyDocuments(options, clock, clockBase, progress),
        stamps,
      );
    if (has('coldOpen'))
      run.coldOpen = await stamped(
        'coldOpen',
        repeat,
        () => runColdOpen(options, progress),
        stamps,
      );
    if (has('persistence'))
      run.persistence = await stamped(
        'persistence',
        repeat,
        () => runPersistence(options, progress),
        stamps,
      );
  }
  const profileEditors = options.editors.includes(100) ? 100 : (options.editors[0] ?? 4);
  if (has('profile'))
    results.profile = await stamped(
      'profile',
      0,
      () => runProfile(options, clock, clockBase, profileEditors),
      stamps,
    );
  results.elapsedMs = Date.now() - startedAt.getTime();
  return results;
}

/** Keeps `previous`'s scenarios that this run did not measure, stamped as merged. */
function merge(results: BenchResults, previous: BenchResults, file: string): void {
  const ran = results.options.scenarios;
  const kept = (['editors', 'documents', 'coldOpen', 'persistence'] as const).filter(
    (name) => !ran.includes(name),
  );
  previous.repeats.forEach((old, index) => {
    const target = (results.repeats[index] ??= { editors: [], documents: [], coldOpen: [] });
    for (const name of kept) {
      if (name === 'persistence') target.persistence = old.persistence;
      else target[name] = old[name] as never;
    }
  });
  if (!ran.includes('profile')) results.profile = previous.profile;
  for (const stamp of previous.stamps) {
    if (
      kept.includes(stamp.scenario as never) ||
      (stamp.scenario === 'profile' && !ran.includes('profile'))
    )
      results.stamps.push({ ...stamp, mergedFrom: stamp.mergedFrom ?? file });
  }
}

async function writeOutputs(results: BenchResults): Promise<void> {
  const { outDir } = results.options;
  mkdirSync(join(outDir, 'images'), { recursive: true });
  const cells = new Map<string, { server: string; editors: number; p99s: number[] }>();
  for (const run of results.repeats) {
    for (const row of run.editors) {
      if (!row.round || row.round.latency.count === 0) continue;
      const key = `${row.server}:${row.editors}`;
      const cell = cells.get(key) ?? {
        server: SERVER_NAMES[row.server],
        editors: row.editors,
        p99s: [],
      };
      cell.p99s.push(row.round.latency.p99);
      cells.set(key, cell);
    }
  }
  const points = [...cells.values()].map((cell) => ({
    server: cell.server,
    editors: cell.editors,
    p99: Math.max(0.1, median(cell.p99s)),
  }));
  if (points.length) {
    const png = await renderLatencyChart(
      points,
      'p99 propagation latency (median of repeats), one statement, N editors',
    );
    writeFileSync(join(outDir, 'images', 'bench-latency-p99.png'), png);
  }
  const report = join(outDir, 'benchmarks.md');
  writeFileSync(report, writeReport(results));
  writeFileSync(
    join(outDir, 'benchmarks.json'),
    `${JSON.stringify(writeJson(results), null, 1)}\n`,
  );
  progress(`wrote ${report} and benchmarks.json`);
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  const saved = process.argv.find((arg) => arg.startsWith('--report-only='))?.split('=')[1];
  if (saved) {
    const results = JSON.parse(readFileSync(saved, 'utf8')) as BenchResults;
    results.options.outDir = options.outDir;
    return writeOutputs(results);
  }
  if (options.pin && (availableParallelism() < 2 || spawnSync('taskset', ['-V']).status !== 0))
    options.pin = false;
  // The coordinator mostly waits; it shares the load generators' core.
  if (options.pin)
    spawnSync('taskset', ['-a', '-pc', '1', String(process.pid)], { stdio: 'ignore' });
  progress(`seed ${options.seed}; options ${JSON.stringify(options)}`);
  progress(describeEstimate(estimateRun(options), options.repeats));
  const results = await runAll(options).finally(removeServerData);
  const mergeFile = process.argv.find((arg) => arg.startsWith('--merge='))?.split('=')[1];
  if (mergeFile)
    merge(results, JSON.parse(readFileSync(mergeFile, 'utf8')) as BenchResults, mergeFile);
  const small = options.smoke || options.quick;
  mkdirSync(options.outDir, { recursive: true });
  const raw = join(small ? options.outDir : tmpdir(), 'plenary-bench-results.json');
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
