// A benchmarked server in its own process (pinned to CPU 0 when pinning is on): started on
// port 0, probed for memory and event-loop delay over IPC, stopped gracefully (SIGTERM) or
// crashed (SIGKILL).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { placement, repoRoot, type ServerKind } from '../benchOptions.js';
import type { LoopDelay } from '../clients/loopDelay.js';
import { compiledLauncher } from './compiledLauncher.js';
import { deployedNodeFlags } from './deployedFlags.js';
import type { MemoryProbe } from './launchServer.js';

let benchRunDir: string | undefined;

/** One temp dir per run holds every server's data; removeServerData() deletes it at the end. */
function runDir(): string {
  benchRunDir ??= mkdtempSync(join(tmpdir(), 'bench-run-'));
  return benchRunDir;
}

export function removeServerData(): void {
  if (benchRunDir) rmSync(benchRunDir, { recursive: true, force: true });
  benchRunDir = undefined;
}

export interface ServerStartOptions {
  pin: boolean;
  nice?: number;
  dataDir?: string;
  env?: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
}

export class ServerProcess {
  private probes = 0;
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly kind: ServerKind,
    readonly child: ChildProcess,
    readonly dataDir: string,
    readonly url: string,
    private readonly output: { text: string },
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once('exit', (code) => resolve(code));
    });
  }

  static async start(kind: ServerKind, options: ServerStartOptions): Promise<ServerProcess> {
    const dataDir = options.dataDir ?? mkdtempSync(join(runDir(), `${kind}-`));
    // BENCH_SERVER_NODE_FLAGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p", profiles every server.
    const envFlags = (process.env.BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
    const node = [
      process.execPath,
      '--expose-gc',
      ...deployedNodeFlags(kind),
      ...envFlags,
      ...(options.nodeFlags ?? []),
    ];
    const args = [...node, compiledLauncher(), kind];
    const command = [...placement(options, 0), ...args];
    const child = spawn(command[0] ?? '', command.slice(1), {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        AUTH_RATE_LIMIT: '1000000',
        ...options.env,
      },
    });
    const output = { text: '' };
    const keep = (chunk: Buffer): void => {
      output.text = (output.text + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${kind} did not start:\n${output.text}`)),
        60_000,
      );
      child.on('message', (message: { type: string; url?: string }) => {
        if (message.type === 'listening' && message.url) {
          clearTimeout(timer);
          resolve(message.url);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${kind} exited with ${code} before listening:\n${output.text}`));
      });
    });
    return new ServerProcess(kind, child, dataDir, url, output);
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  get log(): string {
    return this.output.text;
  }

  /** Heap and RSS after a full GC in the server process. */
  memory(): Promise<MemoryProbe> {
    return this.ask<MemoryProbe>('memory');
  }

  /** Starts recording the server's own event-loop delay (a window; see `loopDelay`). */
  watchLoopDelay(): void {
    this.child.send({ type: 'loopDelayStart', id: 0 });
  }

  /** The server's event-loop delay since `watchLoopDelay`, as the server measured it. */
  loopDelay(): Promise<LoopDelay> {
    return this.ask<LoopDelay>('loopDelayStop');
  }

  private ask<T>(type: string): Promise<T> {
    const id = (this.probes += 1);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${type} probe timed out`)), 60_000);
      const onMessage = (message: T & { type: string; id: number }): void => {
        if (message.type !== type || message.id !== id) return;
        clearTimeout(timer);
        this.child.off('message', onMessage);
        resolve(message);
      };
      this.child.on('message', onMessage);
      this.child.send({ type, id });
    });
  }

  /** SIGTERM: the server stores what it holds and exits; SIGKILL after the timeout. */
  async stop(timeoutMs = 60_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** SIGKILL: a crash, so nothing is compacted or flushed on the way out. */
  async crash(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}
