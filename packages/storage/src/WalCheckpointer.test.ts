import { mkdtempSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WalCheckpointer, WalIndex } from './WalCheckpointer.js';

const dirs: string[] = [];
const open: Database.Database[] = [];

function walDatabase(): Database.Database {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-wal-'));
  dirs.push(dir);
  const sqlite = new Database(join(dir, 'test.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, data BLOB)');
  open.push(sqlite);
  return sqlite;
}

function writeRows(sqlite: Database.Database, count: number): void {
  const insert = sqlite.prepare('INSERT INTO rows (data) VALUES (?)');
  for (let i = 0; i < count; i++) insert.run(Buffer.alloc(1_000, i % 251));
}

/** Writes a row at a time until the checkpointer has started its worker. */
const writeUntilWorker = (
  sqlite: Database.Database,
  checkpointer: WalCheckpointer,
): Promise<void> =>
  vi.waitFor(
    () => {
      writeRows(sqlite, 1);
      expect(checkpointer.hasWorker).toBe(true);
    },
    { timeout: 10_000, interval: 20 },
  );

const autocheckpoint = (sqlite: Database.Database): unknown =>
  sqlite.pragma('wal_autocheckpoint', { simple: true });

afterEach(() => {
  for (const sqlite of open.splice(0)) if (sqlite.open) sqlite.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('WalIndex', () => {
  it('reads the frames waiting in the WAL from its index, and none once checkpointed', async () => {
    const sqlite = walDatabase();
    sqlite.pragma('wal_autocheckpoint = 0');
    const index = new WalIndex(`${sqlite.name}-shm`);
    writeRows(sqlite, 500);
    const waiting = await index.framesToCheckpoint();
    const [{ log, checkpointed }] = sqlite.pragma('wal_checkpoint(PASSIVE)') as {
      log: number;
      checkpointed: number;
    }[];
    expect(waiting).toBeGreaterThan(500);
    expect(waiting).toBe(log);
    expect(checkpointed).toBe(log);
    expect(await index.framesToCheckpoint()).toBe(0);
    writeRows(sqlite, 5);
    expect(await index.framesToCheckpoint()).toBeGreaterThanOrEqual(5);
    await index.close();
  });

  it('is 0 while there is no WAL index, and reads it once it is there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-wal-index-'));
    dirs.push(dir);
    const index = new WalIndex(join(dir, 'plenary.db-shm'));
    expect(await index.framesToCheckpoint()).toBe(0);
    const sqlite = new Database(join(dir, 'plenary.db'));
    open.push(sqlite);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('wal_autocheckpoint = 0');
    sqlite.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, data BLOB)');
    writeRows(sqlite, 5);
    expect(await index.framesToCheckpoint()).toBeGreaterThanOrEqual(5);
    await index.close();
  });
});

describe('WalCheckpointer', () => {
  it('turns the automatic checkpoint off and checkpoints a changed WAL from its worker', async () => {
    const sqlite = walDatabase();
    const checkpointer = new WalCheckpointer(sqlite, { pollMs: 20, idleMs: 60_000 });
    try {
      expect(autocheckpoint(sqlite)).toBe(0);
      const before = statSync(sqlite.name).size;
      // 3 MiB of rows: far past the 1,000 pages at which SQLite itself would checkpoint, so the
      // database file only grows if the worker copied the WAL into it.
      writeRows(sqlite, 3_000);
      expect(statSync(sqlite.name).size).toBe(before);
      await vi.waitFor(() => expect(statSync(sqlite.name).size).toBeGreaterThan(3_000_000), {
        timeout: 10_000,
        interval: 20,
      });
      expect(checkpointer.hasWorker).toBe(true);
      expect(sqlite.prepare('SELECT count(*) AS n FROM rows').get()).toEqual({ n: 3_000 });
    } finally {
      checkpointer.stop();
    }
  });

  it('lets its worker exit when nothing was written for a while, and starts it again', async () => {
    const sqlite = walDatabase();
    const checkpointer = new WalCheckpointer(sqlite, { pollMs: 20, idleMs: 200 });
    try {
      await writeUntilWorker(sqlite, checkpointer);
      await vi.waitFor(() => expect(checkpointer.hasWorker).toBe(false), { timeout: 10_000 });
      await writeUntilWorker(sqlite, checkpointer);
    } finally {
      checkpointer.stop();
    }
  });

  it('starts its worker at the first write after opening, before any checkpoint is due', async () => {
    const sqlite = walDatabase();
    const checkpointer = new WalCheckpointer(sqlite, {
      pollMs: 20,
      thresholdFrames: 1e9,
      settleMs: 1e9,
    });
    try {
      // What is written before the first poll counts as opening (migrations): keep writing.
      await writeUntilWorker(sqlite, checkpointer);
    } finally {
      checkpointer.stop();
    }
  });

  it('settles a WAL left by a crash on the main connection, and starts no worker for it', async () => {
    const sqlite = walDatabase();
    // What a killed process leaves: frames not yet copied (fewer than a checkpoint's threshold).
    sqlite.pragma('wal_autocheckpoint = 0');
    writeRows(sqlite, 300);
    const index = new WalIndex(`${sqlite.name}-shm`);
    expect(await index.framesToCheckpoint()).toBeGreaterThan(300);
    const polls = vi.spyOn(WalIndex.prototype, 'framesToCheckpoint');
    const pollsAfter = async (count: number): Promise<void> => {
      const from = polls.mock.calls.length;
      await vi.waitFor(() => expect(polls.mock.calls.length).toBeGreaterThan(from + count), {
        timeout: 10_000,
      });
    };
    const checkpointer = new WalCheckpointer(sqlite, { pollMs: 20 });
    try {
      // The start's first polls see the crash's frames (as what opening wrote), then it settles.
      await pollsAfter(2);
      checkpointer.settle();
      expect(await index.framesToCheckpoint()).toBe(0);
      await pollsAfter(10);
      expect(checkpointer.hasWorker).toBe(false);
      // A write after it is the first after opening: it starts the worker, as at any start.
      await writeUntilWorker(sqlite, checkpointer);
    } finally {
      polls.mockRestore();
      checkpointer.stop();
      await index.close();
    }
  });

  it('has the main connection checkpoint too while appends outrun its worker', async () => {
    const sqlite = walDatabase();
    // No worker checkpoint ever starts, as if appends always overtook it.
    const checkpointer = new WalCheckpointer(sqlite, {
      pollMs: 20,
      thresholdFrames: 1e9,
      settleMs: 1e9,
      maxFrames: 100,
    });
    try {
      writeRows(sqlite, 200);
      await vi.waitFor(() => expect(autocheckpoint(sqlite)).toBe(1_000), { timeout: 10_000 });
      // The main connection's own checkpoint copies everything; the next write starts the WAL
      // afresh, and the worker is trusted with it again.
      sqlite.pragma('wal_checkpoint(PASSIVE)');
      writeRows(sqlite, 1);
      await vi.waitFor(() => expect(autocheckpoint(sqlite)).toBe(0), { timeout: 10_000 });
    } finally {
      checkpointer.stop();
    }
  });

  it('switches the automatic checkpoint back on when its worker cannot run', async () => {
    const sqlite = walDatabase();
    // The open connection keeps the unlinked file; the worker cannot open it by name.
    unlinkSync(sqlite.name);
    const failures: Error[] = [];
    const checkpointer = new WalCheckpointer(sqlite, {
      pollMs: 20,
      settleMs: 0,
      onFailure: (error) => failures.push(error),
    });
    try {
      writeRows(sqlite, 10);
      await vi.waitFor(() => expect(autocheckpoint(sqlite)).toBe(1_000), { timeout: 10_000 });
      expect(failures.map((error) => error.message)).toEqual([
        expect.stringContaining('WAL checkpoints moved back onto the main connection'),
      ]);
      expect(checkpointer.hasWorker).toBe(false);
    } finally {
      checkpointer.stop();
    }
  });
});
