// Stamps a scenario with the code it measured and the machine's load while it ran.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { repoRoot, type ScenarioName } from '../benchOptions.js';
import type { ScenarioStamp } from './BenchResults.js';

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: repoRoot }).toString().trim();
  } catch {
    return 'unknown';
  }
}

export async function stamped<T>(
  scenario: ScenarioName,
  repeat: number,
  run: () => Promise<T>,
  stamps: ScenarioStamp[],
): Promise<T> {
  const started = Date.now();
  const stamp: ScenarioStamp = {
    scenario,
    repeat,
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: git(['status', '--porcelain', '--', 'apps', 'packages']) !== '',
    startedAt: new Date(started).toISOString(),
    elapsedMs: 0,
    loadBefore: loadavg()[0] ?? 0,
    loadAfter: 0,
    // Not availableParallelism(): the coordinator itself is pinned to one core.
    cores: cpus().length,
  };
  try {
    return await run();
  } finally {
    stamp.elapsedMs = Date.now() - started;
    stamp.loadAfter = loadavg()[0] ?? 0;
    stamps.push(stamp);
  }
}
