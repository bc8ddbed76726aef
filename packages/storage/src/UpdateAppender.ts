// Appends batches of Yjs updates with a statement prepared once, not a query compiled per
// update: on SQLite one better-sqlite3 transaction, on PostgreSQL one named INSERT … unnest.
import type { AppendEntry } from '@plenary/collab';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { PlenaryDb } from './openSqliteDatabase.js';

type Driver = { kind: 'sqlite'; sqlite: Database.Database } | { kind: 'postgres'; pool: pg.Pool };

// The driver under each database handle the open functions create (not under transactions).
const drivers = new WeakMap<PlenaryDb, Driver>();

export function registerDriver(db: PlenaryDb, driver: Driver): void {
  drivers.set(db, driver);
}

export type BatchAppend = (entries: readonly AppendEntry[]) => Promise<void>;

const APPEND_SQL =
  'INSERT INTO document_updates (document_id, data, is_snapshot, created_at) VALUES (?, ?, 0, ?)';

// Ordered by position so the sequence numbers follow the batch's order.
const APPEND_MANY_SQL = `INSERT INTO document_updates (document_id, data, is_snapshot, created_at)
  SELECT u.document_id, u.data, 0, $3 FROM unnest($1::text[], $2::bytea[])
  WITH ORDINALITY AS u(document_id, data, position) ORDER BY u.position`;

/** The batch append for `db`, or undefined when `db` is a transaction (use the query builder). */
export function batchAppend(db: PlenaryDb): BatchAppend | undefined {
  const driver = drivers.get(db);
  if (driver?.kind === 'sqlite') return sqliteAppend(db, driver.sqlite);
  if (driver?.kind === 'postgres') return postgresAppend(driver.pool);
  return undefined;
}

function sqliteAppend(db: PlenaryDb, sqlite: Database.Database): BatchAppend {
  const insert = sqlite.prepare(APPEND_SQL);
  const appendAll = sqlite.transaction((entries: readonly AppendEntry[], at: string) => {
    for (const { documentId, update } of entries) insert.run(documentId, asBuffer(update), at);
  });
  const appendNow = (entries: readonly AppendEntry[]): Promise<void> => {
    try {
      const only = entries.length === 1 ? entries[0] : undefined;
      // One row is one statement, atomic on its own: no BEGIN and COMMIT around it.
      if (only) insert.run(only.documentId, asBuffer(only.update), new Date().toISOString());
      else appendAll(entries, new Date().toISOString());
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  // The query builder opens its transactions on this same connection: while one is open (it
  // may be awaiting between statements), the batch waits for the connection so it is not
  // written inside that transaction (and rolled back with it). Otherwise nothing can run in
  // between the check and a synchronous write, and taking the builder's connection (a mutex and a few
  // promises per append, ≈ 3 % of a 50-editor room's busy time) buys nothing.
  return (entries) =>
    sqlite.inTransaction ? db.connection().execute(() => appendNow(entries)) : appendNow(entries);
}

function postgresAppend(pool: pg.Pool): BatchAppend {
  return async (entries) => {
    await pool.query({
      name: 'plenary_append_updates',
      text: APPEND_MANY_SQL,
      values: [
        entries.map((entry) => entry.documentId),
        entries.map((entry) => asBuffer(entry.update)),
        new Date().toISOString(),
      ],
    });
  };
}

const asBuffer = (data: Uint8Array): Buffer =>
  Buffer.from(data.buffer, data.byteOffset, data.byteLength);
