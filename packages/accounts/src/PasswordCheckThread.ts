// The password rule for the server, run in a worker thread. The estimator's dictionaries are
// about 25 MB of heap in small strings and maps: on the server's own heap every major garbage
// collection would mark them again (a forced full collection took 23 ms with them against 5 ms
// without), pausing every statement's edits, for a check made only when someone registers or
// changes a password. The worker starts on the first check and exits when idle.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { PasswordProblem } from './passwordPolicy.js';

export interface CheckRequest {
  id: number;
  password: string;
  context: readonly string[];
}

export type CheckReply =
  { id: number; problem: PasswordProblem | null } | { id: number; error: string };

export interface PasswordCheckThreadOptions {
  /** The worker exits after this long without a check. */
  idleMs?: number;
  /** A check not answered in this time fails (the worker is then replaced). */
  timeoutMs?: number;
  /**
   * Added to the time allowed while the worker has not answered yet: it is still loading the
   * estimator's dictionaries, which on a busy machine (a server starting beside others) takes
   * several seconds on its own, once.
   */
  startMs?: number;
}

/**
 * A check the worker did not answer in time: the machine is overloaded, not the thread broken,
 * so the caller should ask the person to try again rather than load the dictionaries itself.
 */
export class PasswordCheckTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`the password check took over ${timeoutMs} ms`);
    this.name = 'PasswordCheckTimeout';
  }
}

// From TypeScript sources (development, tests) the worker needs the same loader as the
// parent; from the built package it is plain JavaScript.
const fromSource = import.meta.url.endsWith('.ts');

interface Pending {
  resolve: (problem: PasswordProblem | null) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class PasswordCheckThread {
  private readonly idleMs: number;
  private readonly timeoutMs: number;
  private readonly startMs: number;
  private worker: Worker | undefined;
  /** Whether the current worker has answered a check (its dictionaries are loaded). */
  private warm = false;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(options: PasswordCheckThreadOptions = {}) {
    this.idleMs = options.idleMs ?? 30_000;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.startMs = options.startMs ?? 20_000;
  }

  /** Whether the worker thread is up (between a check and `idleMs` after the last). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** What is wrong with a new password, or null when it is acceptable (see passwordPolicy). */
  check(password: string, context: readonly string[] = []): Promise<PasswordProblem | null> {
    clearTimeout(this.idleTimer);
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    const allowedMs = this.warm ? this.timeoutMs : this.timeoutMs + this.startMs;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        void this.stop(new PasswordCheckTimeout(allowedMs));
      }, allowedMs);
      this.pending.set(id, { resolve, reject, timer });
      const request: CheckRequest = { id, password, context: [...context] };
      worker.postMessage(request);
    });
  }

  /** Ends the worker; checks still waiting fail. */
  async close(): Promise<void> {
    await this.stop(new Error('the password check was closed'));
  }

  private start(): Worker {
    withoutMemoryReducer();
    const entry = new URL(`./passwordCheckWorker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
    const limits = { resourceLimits: { maxOldGenerationSizeMb: 128 } };
    const worker = fromSource
      ? new Worker(fromSourceScript(entry), { ...limits, eval: true })
      : new Worker(entry, limits);
    worker.on('message', (reply: CheckReply) => this.answer(reply));
    worker.on('error', (error) => void this.stop(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) void this.stop(new Error(`the password check exited (${code})`));
    });
    // After the listeners: adding a 'message' listener holds the process open again.
    worker.unref();
    return worker;
  }

  private answer(reply: CheckReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    clearTimeout(waiting.timer);
    this.warm = true;
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.problem);
    if (this.pending.size === 0) {
      this.idleTimer = setTimeout(() => void this.close(), this.idleMs).unref();
    }
  }

  /** Fails every waiting check with `error` and lets the worker go. */
  private async stop(error: Error): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    this.warm = false;
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(error);
    }
    this.pending.clear();
    await worker?.terminate();
  }
}

let memoryReducerOff = false;

/**
 * Worker threads started from now on get no memory reducer. V8's memory reducer collects an
 * isolate whose allocation has slowed down again and again (a full mark-compact every 0.5–8 s,
 * up to three in a row) to give memory back; the password thread allocates nothing between
 * checks, so 8–25 s after it loaded its dictionaries it marked their 27 MB once or twice, a
 * pause of 8–34 ms each plus as much incremental marking, on a core it may share with the
 * server's event loop (a pinned server: every room waited). Its memory goes back when it exits,
 * `idleMs` after the last check, so the reducer gained little there (about 18 MiB of RSS for
 * the rest of those 30 s). V8 reads the flag when it sets up an
 * isolate's heap: the main thread's, set up at start, keeps its reducer; a worker started
 * later (the WAL checkpoint worker, when its first write follows a check) runs without it too,
 * and that one is idle between polls and small.
 */
function withoutMemoryReducer(): void {
  if (memoryReducerOff) return;
  memoryReducerOff = true;
  setFlagsFromString('--no-memory-reducer');
}

/**
 * A worker's own --import is not applied to its entry file, nor at all to a script run with
 * `eval`: from the sources, a line of script registers the TypeScript loader, then imports it.
 */
function fromSourceScript(entry: URL): string {
  const loader = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
}
