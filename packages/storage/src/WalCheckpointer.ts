// Moves SQLite's WAL checkpoint off the event loop. SQLite's automatic checkpoint runs inside
// the commit that crosses 1,000 WAL pages: that one append copies the pages into the database
// file and fsyncs it, about 8 ms every few thousand keystrokes, which is what the slowest
// 0.1 % of appends (and so a 10-editor room's p99) waited for. With the automatic checkpoint
// off, a worker thread with its own connection checkpoints instead, in PASSIVE mode: it never
// takes the write lock, so appends on the main connection go on while it copies and syncs.
import { open, type FileHandle } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

export interface WalCheckpointerOptions {
  /** How often the WAL's frame counts are read (an async read of the WAL index's header). */
  pollMs?: number;
  /** Frames (pages) waiting to be copied that start a checkpoint; SQLite's own default. */
  thresholdFrames?: number;
  /** Fewer frames are checkpointed once no checkpoint ran for this long. */
  settleMs?: number;
  /** The worker (≈ 7 MiB of RSS) exits after this long without a write. */
  idleMs?: number;
  /** Frames waiting past which the main connection checkpoints too (see `bound`). */
  maxFrames?: number;
  /** Told when the worker failed and checkpoints moved back onto the main connection. */
  onFailure?: (error: Error) => void;
}

const DEFAULTS = {
  onFailure: () => undefined,
  pollMs: 250,
  thresholdFrames: 1_000,
  settleMs: 30_000,
  idleMs: 10 * 60_000,
  maxFrames: 16_000,
} satisfies Required<WalCheckpointerOptions>;

// SQLite's own default, restored on the main connection if the worker cannot run.
const AUTOCHECKPOINT_PAGES = 1_000;

// Checkpoint passes in a row while appends keep overtaking them.
const MAX_PASSES = 4;

// CommonJS run with `eval`, so the same text works from the sources and from the build. The
// connection only checkpoints: a busy database (a main-thread transaction holding the
// checkpoint lock) is retried at the next poll, and any other error is reported and ends it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
parentPort.on('message', (message) => {
  if (message === 'close') { db.close(); parentPort.close(); return; }
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ done: true, busy: row.busy === 1 });
  } catch (error) {
    if (error && error.code === 'SQLITE_BUSY') parentPort.postMessage({ done: true, busy: true });
    else parentPort.postMessage({ done: false, error: String(error && error.message || error) });
  }
});
`;

type WorkerReply = { done: true; busy: boolean } | { done: false; error: string };

/**
 * Checkpoints `sqlite`'s WAL from a worker thread once `thresholdFrames` wait to be copied (or
 * any have waited `settleMs`), so no append waits for a checkpoint. The worker starts at the
 * first write after opening (a server that only migrated at start has none) and exits after
 * `idleMs` without one; the poll timer never keeps the process alive. If the worker fails, the
 * main connection's automatic checkpoint is switched back on and the failure reported through
 * `onFailure`: appends then pay for checkpoints again, but the WAL stays bounded.
 */
export class WalCheckpointer {
  private readonly options: Required<WalCheckpointerOptions>;
  private readonly index: WalIndex;
  private readonly timer: NodeJS.Timeout;
  private worker: Worker | undefined;
  private running = false;
  private stopped = false;
  private lastCheckpointAt = Date.now();
  private lastWriteAt = Date.now();
  // Frames seen at the previous poll (undefined before the first: what opening wrote).
  private seenFrames: number | undefined;
  // Bumped by `settle`: a poll that read the index before it started does not count.
  private settled = 0;
  private mainCheckpoints = false;
  // The checkpoint the worker is running (one at a time: polls do not overlap).
  private waiting:
    { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void } | undefined;

  constructor(
    private readonly sqlite: Database.Database,
    options: WalCheckpointerOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.index = new WalIndex(`${sqlite.name}-shm`);
    sqlite.pragma('wal_autocheckpoint = 0');
    this.timer = setInterval(() => void this.poll(), this.options.pollMs).unref();
  }

  /** Whether the worker thread is up (it starts on the first change and exits when idle). */
  get hasWorker(): boolean {
    return this.worker !== undefined;
  }

  /**
   * Copies every frame waiting in the WAL into the database now, on the main connection, and
   * counts what was written so far as opening, so the worker is not started for it. For the end
   * of a start: after kill -9 the WAL holds what the crashed process wrote since its last
   * checkpoint (thousands of frames after a burst of typing), and the first poll after
   * listening started the worker for it, whose start and checkpoint (31–35 ms of CPU) shared the
   * server's core with the first statement opened. PASSIVE: it never waits; frames it cannot
   * copy (a checkpoint already running) are left to the polls.
   */
  settle(): void {
    if (this.stopped || !this.sqlite.open) return;
    try {
      this.sqlite.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy: the polls copy them.
    }
    this.settled += 1;
    this.seenFrames = undefined;
    this.lastCheckpointAt = Date.now();
  }

  /** Stops polling and lets the worker close its connection; the main connection stays open. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    void this.index.close();
    this.worker?.postMessage('close');
    this.worker = undefined;
  }

  private async poll(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    const settled = this.settled;
    try {
      let waiting = await this.index.framesToCheckpoint();
      if (settled !== this.settled) return;
      this.bound(waiting);
      // Starting a worker costs the event loop a few milliseconds: it is started at the first
      // write after opening (a server's first sign-in or edit), not in the middle of typing
      // when the first checkpoint falls due, and kept while writes go on.
      if (this.seenFrames !== undefined && waiting !== this.seenFrames) {
        this.lastWriteAt = Date.now();
        this.worker ??= this.startWorker();
      }
      this.seenFrames = waiting;
      const quiet = Date.now() - this.lastCheckpointAt >= this.options.settleMs;
      if (waiting >= this.options.thresholdFrames || (waiting > 0 && quiet)) {
        // SQLite starts the WAL afresh only when a write finds every frame copied, so a pass
        // that appends overtook is followed by another (each copies what came in during the
        // last): under a steady stream of appends the WAL would otherwise only grow.
        for (let pass = 0; pass < MAX_PASSES && waiting > 0 && !this.stopped; pass += 1) {
          const reply = await this.checkpoint();
          if (!reply.done) {
            this.fail(new Error(reply.error));
            break;
          }
          // A busy checkpoint leaves its frames waiting: the next poll tries again.
          if (reply.busy) break;
          waiting = await this.index.framesToCheckpoint();
        }
        this.lastCheckpointAt = Date.now();
        this.seenFrames = waiting;
      } else if (this.worker && Date.now() - this.lastWriteAt > this.options.idleMs) {
        this.worker.postMessage('close');
        this.worker = undefined;
      }
    } catch (error) {
      this.fail(error);
    } finally {
      this.running = false;
    }
  }

  /**
   * Appends faster than the passes can catch up with never find every frame copied: past
   * `maxFrames` the main connection checkpoints again itself (paying the fsync in an append)
   * until the WAL has started afresh, so the WAL stays bounded under any load.
   */
  private bound(waiting: number): void {
    const overtaken = waiting >= this.options.maxFrames;
    if (overtaken === this.mainCheckpoints || !this.sqlite.open) return;
    if (!overtaken && waiting >= this.options.thresholdFrames) return;
    this.mainCheckpoints = overtaken;
    this.sqlite.pragma(`wal_autocheckpoint = ${overtaken ? AUTOCHECKPOINT_PAGES : 0}`);
  }

  private checkpoint(): Promise<WorkerReply> {
    const worker = (this.worker ??= this.startWorker());
    return new Promise<WorkerReply>((resolve, reject) => {
      this.waiting = { resolve, reject };
      worker.postMessage('checkpoint');
    });
  }

  private startWorker(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file: this.sqlite.name,
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      },
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    const settle = (outcome: WorkerReply | Error): void => {
      const waiting = this.waiting;
      this.waiting = undefined;
      if (outcome instanceof Error) waiting?.reject(outcome);
      else waiting?.resolve(outcome);
    };
    worker.on('message', (reply: WorkerReply) => settle(reply));
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      settle(new Error(`the WAL checkpoint worker exited with code ${code}`));
    });
    // After the listeners: adding a 'message' listener holds the process open again.
    worker.unref();
    return worker;
  }

  private fail(error: unknown): void {
    if (this.stopped) return;
    this.stop();
    if (this.sqlite.open) this.sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    const reason = error instanceof Error ? error.message : String(error);
    this.options.onFailure(
      new Error(`WAL checkpoints moved back onto the main connection: ${reason}`, { cause: error }),
    );
  }
}

// The WAL index (the `-shm` file SQLite maps into every connection) starts with its header
// (https://sqlite.org/walformat.html), in the machine's byte order: mxFrame, the WAL's last
// valid frame, at byte 16, and nBackfill, the frames already copied into the database, at 96.
const HEADER_BYTES = 100;
const MX_FRAME_AT = 16;
const N_BACKFILL_AT = 96;
const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * The WAL index file, opened once and read at each poll: the main connection keeps it in place
 * while the checkpointer runs (SQLite removes it only when the last connection closes).
 */
export class WalIndex {
  private file: Promise<FileHandle | undefined> | undefined;
  private readonly header = Buffer.alloc(HEADER_BYTES);
  private closed = false;

  constructor(private readonly path: string) {}

  /** Frames in the WAL not yet copied into the database (0 while there is no WAL index). */
  async framesToCheckpoint(): Promise<number> {
    // A poll still in flight when the checkpointer stopped must not open the file again.
    if (this.closed) return 0;
    const file = await (this.file ??= openIfThere(this.path));
    // Not there yet (no write since the database was created): look again at the next poll.
    if (!file) {
      this.file = undefined;
      return 0;
    }
    const { bytesRead } = await file.read(this.header, 0, HEADER_BYTES, 0);
    if (bytesRead < HEADER_BYTES) return 0;
    return Math.max(0, this.read(MX_FRAME_AT) - this.read(N_BACKFILL_AT));
  }

  async close(): Promise<void> {
    this.closed = true;
    const file = await this.file?.catch(() => undefined);
    this.file = undefined;
    await file?.close();
  }

  private read(at: number): number {
    return LITTLE_ENDIAN ? this.header.readUInt32LE(at) : this.header.readUInt32BE(at);
  }
}

async function openIfThere(path: string): Promise<FileHandle | undefined> {
  try {
    return await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
