// Options of `pnpm bench:collab`, from flags first, then BENCH_* environment variables.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVER_KINDS = ['floor', 'plenary', 'hocuspocus', 'ywebsocket'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];
export const SCENARIOS = ['editors', 'documents', 'coldOpen', 'persistence', 'profile'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface BenchOptions {
  smoke: boolean;
  /** `--quick`: a check of a change in under 5 minutes (50 editors, 1,000 statements, persistence, cold open). */
  quick: boolean;
  /** `--extended`: the full run also measures 200 and 400 editors and 100 statements (no goal reads them). */
  extended: boolean;
  /** Each scenario is run this many times; tables give the median and the range. */
  repeats: number;
  servers: ServerKind[];
  scenarios: ScenarioName[];
  /** Editors on one statement, scenario 1. */
  editors: number[];
  /** Documents with two editors each, scenario 2. */
  documents: number[];
  /** Documents (of scenario 2) whose first editor types during the latency window. */
  activeDocuments: number;
  /**
   * Typing before a round's window opens, not measured. Every server is a fresh process per
   * cell, so the first seconds of typing are its JIT compiling the update path (79
   * optimizations in Plenary's process, 24 in y-websocket's, in a 6 s window after a 1 s
   * warm-up; session 20). 6 s measures the servers as they run after a minute, not their
   * compilers: alternated quick pairs at 50 editors (session 22) gave every server a lower p99
   * with 6 s than with 2.
   */
  warmupMs: number;
  /** The measured window of a typing round, at least (see `measuredMs`). */
  durationMs: number;
  /**
   * Edits a typing round measures, at least: the window is lengthened for fewer typists, so a
   * p99 is never one of the two or three slowest edits (0: the window is `durationMs`).
   */
  minEdits: number;
  /** One character every this many ms per typing editor. */
  typeIntervalMs: number;
  /** A cursor (awareness) update every this many ms per editor. */
  awarenessIntervalMs: number;
  clientProcesses: number;
  /** Editors per statement that are stock providers applying every update; the rest are light. */
  fullEditors: number;
  /** Characters of sample 002 typed into the cold-open document. */
  coldOpenChars: number;
  coldOpenRepeats: number;
  persistenceUpdates: number;
  /** Pin servers to CPU 0 and load generators to CPU 1 (needs taskset and 2 cores). */
  pin: boolean;
  /** Niceness of servers and load generators (negative: ahead of other work; needs root). */
  nice: number;
  /** Where benchmarks.md goes; the chart goes to `<outDir>/images/`. */
  outDir: string;
  seed: number;
}

/** The command prefix that places a benchmark process: CPU pinning and priority. */
export function placement(options: { pin: boolean; nice?: number }, cpu: number): string[] {
  return [
    ...(options.nice ? ['nice', '-n', String(options.nice)] : []),
    ...(options.pin ? ['taskset', '-c', String(cpu)] : []),
  ];
}

/**
 * 800 edits: a p99 is then the 9th slowest (`p99Rank`). At 10 editors typing every 300 ms, 8 s made about
 * 270 edits, so the p99 was the 3rd slowest and one pause of the machine or the server decided
 * it; 24 s make 800. Every server's cell gets the same window.
 */
export const MIN_EDITS = 800;

/** How long a typing round with `typists` editors typing is measured, ms. */
export function measuredMs(options: BenchOptions, typists: number): number {
  const forEdits = Math.ceil(options.minEdits / Math.max(1, typists)) * options.typeIntervalMs;
  return Math.max(options.durationMs, forEdits);
}

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const list = (text: string): number[] =>
  text
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((n) => Number.isFinite(n) && n > 0);

export function parseBenchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=', 2);
    if (key) flags.set(key, value ?? 'true');
  }
  const get = (flag: string, name: string): string | undefined => flags.get(flag) ?? env[name];
  const num = (flag: string, name: string, fallback: number): number => {
    const value = Number(get(flag, name));
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  const on = (flag: string, name: string): boolean =>
    get(flag, name) === 'true' || get(flag, name) === '1';
  const smoke = on('smoke', 'BENCH_SMOKE');
  const quick = !smoke && on('quick', 'BENCH_QUICK');
  const small = smoke || quick;
  const extended = !small && on('extended', 'BENCH_EXTENDED');
  const names = <T extends string>(text: string | undefined, all: readonly T[]): T[] =>
    text ? all.filter((name) => text.split(',').includes(name)) : [...all];
  const servers = names(get('servers', 'BENCH_SERVERS'), SERVER_KINDS);
  const scenarios = names(
    get('scenarios', 'BENCH_SCENARIOS'),
    small ? SCENARIOS.filter((s) => s !== 'profile') : SCENARIOS,
  );
  // Only a full run may rewrite docs/: a smoke or quick run goes to a temp dir unless told.
  const outDir =
    get('out', 'BENCH_OUT') ??
    (small ? mkdtempSync(join(tmpdir(), 'plenary-bench-')) : join(repoRoot, 'docs'));
  return {
    smoke,
    quick,
    extended,
    repeats: num('repeats', 'BENCH_REPEATS', small ? 1 : 3),
    servers,
    scenarios,
    editors: list(
      get('editors', 'BENCH_EDITORS') ??
        (smoke ? '4' : quick ? '50' : extended ? '10,50,100,200,400' : '10,50,100'),
    ),
    documents: list(
      get('documents', 'BENCH_DOCUMENTS') ??
        (smoke ? '5' : quick ? '1000' : extended ? '100,1000,5000' : '1000,5000'),
    ),
    activeDocuments: num('active-documents', 'BENCH_ACTIVE_DOCUMENTS', smoke ? 2 : 50),
    warmupMs: num('warmup', 'BENCH_WARMUP_MS', smoke ? 300 : 6_000),
    durationMs: num('duration', 'BENCH_DURATION_MS', smoke ? 1_000 : quick ? 5_000 : 8_000),
    minEdits: num('min-edits', 'BENCH_MIN_EDITS', smoke ? 0 : MIN_EDITS),
    typeIntervalMs: num('type-interval', 'BENCH_TYPE_INTERVAL_MS', 300),
    awarenessIntervalMs: num('awareness-interval', 'BENCH_AWARENESS_INTERVAL_MS', 1_000),
    clientProcesses: num('client-processes', 'BENCH_CLIENT_PROCESSES', smoke ? 1 : 2),
    fullEditors: num('full-editors', 'BENCH_FULL_EDITORS', 4),
    coldOpenChars: num('cold-open-chars', 'BENCH_COLD_OPEN_CHARS', smoke ? 3_000 : 90_000),
    coldOpenRepeats: num('cold-open-repeats', 'BENCH_COLD_OPEN_REPEATS', smoke ? 1 : 3),
    persistenceUpdates: num(
      'persistence-updates',
      'BENCH_PERSISTENCE_UPDATES',
      smoke ? 200 : quick ? 2_000 : 5_000,
    ),
    pin: get('pin', 'BENCH_PIN') !== 'false' && get('pin', 'BENCH_PIN') !== '0',
    nice: Number(get('nice', 'BENCH_NICE') ?? (process.getuid?.() === 0 ? -10 : 0)) || 0,
    outDir,
    seed: num('seed', 'BENCH_SEED', 20_210_419),
  };
}
