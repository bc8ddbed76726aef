// The coordinator's handle on the load-generator processes (pinned to CPU 1 when pinning
// is on, so they do not take the server's core). Editors are dealt to processes in turn.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { placement, repoRoot } from '../benchOptions.js';
import type {
  DrainedReport,
  EditorPlan,
  FromWorker,
  Mark,
  RunPlan,
  ToWorker,
  TypedReport,
} from './workerProtocol.js';

const WORKER = join(repoRoot, 'test/bench/collab/clients/clientWorker.ts');

class WorkerHandle {
  private readonly inbox: FromWorker[] = [];
  private waiting: ((message: FromWorker) => void) | undefined;
  private failure: Error | undefined;

  constructor(readonly child: ChildProcess) {
    child.on('message', (message: FromWorker) => {
      if (message.type === 'error') this.fail(new Error(`load generator: ${message.message}`));
      else if (this.waiting) this.waiting(message);
      else this.inbox.push(message);
    });
    child.once('exit', (code) => this.fail(new Error(`load generator exited (${code})`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.waiting?.({ type: 'error', message: error.message });
  }

  send(message: ToWorker): void {
    this.child.send(message);
  }

  next<T extends FromWorker['type']>(
    type: T,
    timeoutMs: number,
  ): Promise<Extract<FromWorker, { type: T }>> {
    return new Promise((resolve, reject) => {
      const take = (message: FromWorker): void => {
        clearTimeout(timer);
        this.waiting = undefined;
        if (message.type === type) resolve(message as Extract<FromWorker, { type: T }>);
        else reject(this.failure ?? new Error(`expected ${type}, got ${message.type}`));
      };
      const timer = setTimeout(() => {
        this.waiting = undefined;
        reject(new Error(`load generator: no ${type} within ${timeoutMs} ms`));
      }, timeoutMs);
      const queued = this.inbox.shift();
      if (queued) take(queued);
      else if (this.failure) take({ type: 'error', message: this.failure.message });
      else this.waiting = take;
    });
  }
}

export interface ConnectResult {
  ok: number;
  failed: number;
  firstError?: string;
  ms: number;
}

export class ClientPool {
  private constructor(
    private readonly workers: WorkerHandle[],
    readonly pids: number[],
  ) {}

  static start(count: number, pin: boolean, clockBaseNs: bigint, nice = 0): ClientPool {
    const workers = Array.from({ length: count }, () => {
      // BENCH_CLIENT_NODE_FLAGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p", profiles the clients.
      const flags = (process.env.BENCH_CLIENT_NODE_FLAGS ?? '').split(' ').filter(Boolean);
      const args = [process.execPath, ...flags, '--import', 'tsx', WORKER];
      const command = [...placement({ pin, nice }, 1), ...args];
      const child = spawn(command[0] ?? '', command.slice(1), {
        cwd: repoRoot,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        env: { ...process.env, BENCH_CLOCK_BASE: String(clockBaseNs) },
      });
      return new WorkerHandle(child);
    });
    return new ClientPool(
      workers,
      workers.map((worker) => worker.child.pid ?? 0),
    );
  }

  async connect(
    target: {
      kind: Extract<ToWorker, { type: 'connect' }>['target']['kind'];
      url: string;
      cookie?: string;
    },
    editors: EditorPlan[],
    { concurrency = 32, timeoutMs = 60_000 } = {},
  ): Promise<ConnectResult> {
    const shares = this.workers.map((_, w) =>
      editors.filter((_, i) => i % this.workers.length === w),
    );
    this.workers.forEach((worker, w) =>
      worker.send({ type: 'connect', target, editors: shares[w] ?? [], concurrency, timeoutMs }),
    );
    const replies = await Promise.all(
      this.workers.map((worker) =>
        worker.next('connected', timeoutMs * Math.max(1, editors.length / concurrency)),
      ),
    );
    return {
      ok: replies.reduce((sum, reply) => sum + reply.ok, 0),
      failed: replies.reduce((sum, reply) => sum + reply.failed, 0),
      firstError: replies.find((reply) => reply.firstError)?.firstError,
      ms: Math.max(...replies.map((reply) => reply.ms)),
    };
  }

  /** Types for warmup + duration; resolves with every typist's final mark and the client CPU. */
  async run(plan: RunPlan): Promise<TypedReport[]> {
    this.workers.forEach((worker, w) =>
      worker.send({ type: 'run', plan: { ...plan, seed: plan.seed + w } }),
    );
    const budget = plan.warmupMs + plan.durationMs + 180_000;
    return Promise.all(this.workers.map((worker) => worker.next('typed', budget)));
  }

  async drain(marks: Mark[], timeoutMs: number): Promise<DrainedReport[]> {
    this.workers.forEach((worker) => worker.send({ type: 'drain', marks, timeoutMs }));
    return Promise.all(this.workers.map((worker) => worker.next('drained', timeoutMs + 60_000)));
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.child.exitCode !== null) return resolve();
            worker.child.once('exit', () => resolve());
            worker.send({ type: 'close' });
            setTimeout(() => worker.child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
  }
}
