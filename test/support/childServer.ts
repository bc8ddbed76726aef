// Runs `plenary serve` from source as a child process, for crash and restart tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GiveUp, waitFor } from './waitFor.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServer {
  url: string;
  process: ChildProcess;
  output(): string;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

export async function startChildServer(
  dataDir: string,
  env: Record<string, string> = {},
  nodeFlags: readonly string[] = [],
  /** 'built': the compiled server as deployed (apps/server/dist, which `pnpm build` makes). */
  from: 'source' | 'built' = 'source',
): Promise<ChildServer> {
  const entry =
    from === 'built'
      ? ['apps/server/dist/cli.js']
      : ['--conditions=source', '--import', 'tsx', 'apps/server/src/cli.ts'];
  const child = spawn(process.execPath, [...nodeFlags, ...entry, 'serve'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      // One round still runs the warm-up; forty would add a fraction of a second to every start.
      COLLAB_WARM_UP_ROUNDS: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  const url = await waitFor(
    () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new GiveUp(
          `server exited before listening (${child.exitCode ?? child.signalCode}):\n${output}`,
        );
      }
      return /"url":"(http:\/\/[^"]+)"/.exec(output)?.[1];
    },
    { timeoutMs: 30_000, what: 'child server to listen' },
  );
  return {
    url,
    process: child,
    output: () => output,
    async kill(signal) {
      child.kill(signal);
      return exited;
    },
  };
}
