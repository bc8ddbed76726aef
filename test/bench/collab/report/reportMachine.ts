// The report's header: when, on what machine, with which code and server versions.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../benchOptions.js';
import type { BenchResults } from './writeReport.js';

function git(args: string[]): string {
  try {
    return execFileSync('git', args).toString().trim();
  } catch {
    return 'unknown';
  }
}

export function machine(results: BenchResults): string {
  const cpu = cpus()[0]?.model ?? 'unknown';
  return [
    `- **Date**: ${results.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; the whole run took ${(results.elapsedMs / 60_000).toFixed(1)} minutes.`,
    `- **Machine**: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, Linux ${execFileSync('uname', ['-r']).toString().trim()}; Node ${process.version}.`,
    `- **Code**: Plenary at commit \`${git(['rev-parse', '--short', 'HEAD'])}\`${git(['status', '--porcelain', '--', 'apps', 'packages']) ? ' (with uncommitted changes in apps/ or packages/)' : ''}, built (\`tsc -b\`) and run from \`dist/\`; \`@hocuspocus/server\` ${version('@hocuspocus/server')}, \`@y/websocket-server\` ${version('@y/websocket-server')}, clients \`y-websocket\` ${version('y-websocket')} and \`@hocuspocus/provider\` ${version('@hocuspocus/provider')}, \`yjs\` ${version('yjs')}.`,
    `- **Placement**: ${results.options.pin ? 'each server process pinned to CPU 0, the load generators and the coordinator to CPU 1 (`taskset`)' : 'no CPU pinning'}${results.options.nice ? `; servers and load generators at niceness ${results.options.nice}, ahead of other work on the machine` : ''}; everything on 127.0.0.1.`,
  ].join('\n');
}

function version(name: string): string {
  try {
    const path = join(repoRoot, 'test/node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}
