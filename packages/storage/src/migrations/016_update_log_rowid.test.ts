// The update log rebuilt without AUTOINCREMENT on a database written by the schema before it:
// every row, its order and the index survive, and seqs keep growing within each document.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentLog } from '../DocumentLog.js';
import { openSqliteDatabase, SQLITE_FILE_NAME, type PlenaryDb } from '../openSqliteDatabase.js';
import { migrationProvider } from './index.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plenary-migration-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A database at the schema before the rebuild (015), opened as the server opened it then. */
async function openBeforeRebuild(): Promise<PlenaryDb> {
  const sqlite = new Database(join(dir, SQLITE_FILE_NAME));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<never>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({ db, provider: migrationProvider('sqlite') });
  const { error } = await migrator.migrateTo('015_outcome_marks');
  if (error) throw error;
  return db as unknown as PlenaryDb;
}

/** Types `count` characters into a fresh document, appending each update to the log. */
async function type(log: DocumentLog, id: string, count: number): Promise<string> {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  const appends: Promise<void>[] = [];
  doc.on('update', (update: Uint8Array) => appends.push(log.append(id, update)));
  for (let i = 0; i < count; i += 1) {
    text.insert((i * 7) % (text.length + 1), String.fromCharCode(97 + (i % 26)));
    if (i % 5 === 4) text.delete(0, 1);
  }
  await Promise.all(appends);
  return text.toString();
}

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

describe('016_update_log_rowid', () => {
  it('keeps every row and its order, and seqs grow within a document after the rebuild', async () => {
    const old = await openBeforeRebuild();
    const oldLog = new DocumentLog(old);
    const compacted = await type(oldLog, 'compacted', 120);
    await oldLog.compact('compacted');
    const long = await type(oldLog, 'long', 150);
    // The newest rows of the table go: AUTOINCREMENT's counter is left above max(seq).
    await type(oldLog, 'removed', 40);
    await oldLog.remove('removed');
    const rowsBefore = await sql<{ seq: number; document_id: string }>`
      SELECT seq, document_id FROM document_updates ORDER BY seq`.execute(old);
    await old.destroy();

    const db = await openSqliteDatabase(dir);
    const log = new DocumentLog(db);
    const schema = await sql<{ sql: string }>`
      SELECT sql FROM sqlite_master WHERE tbl_name = 'document_updates'`.execute(db);
    expect(schema.rows.map((row) => row.sql).join('\n')).not.toMatch(/autoincrement/i);
    expect(schema.rows.some((row) => /document_updates_by_document/.test(row.sql))).toBe(true);
    const rowsAfter = await sql<{ seq: number; document_id: string }>`
      SELECT seq, document_id FROM document_updates ORDER BY seq`.execute(db);
    expect(rowsAfter.rows).toEqual(rowsBefore.rows);
    expect(textOf(await log.load('compacted'))).toBe(compacted);
    expect(textOf(await log.load('long'))).toBe(long);

    // New rows sort after every row a document already had, and compaction still works.
    const highest = Math.max(...rowsBefore.rows.map((row) => row.seq));
    await log.append('compacted', Y.encodeStateAsUpdate(new Y.Doc()));
    const added = await sql<{ seq: number }>`
      SELECT max(seq) AS seq FROM document_updates WHERE document_id = 'compacted'`.execute(db);
    expect(added.rows[0]!.seq).toBeGreaterThan(highest);
    await log.compact('long');
    expect(await log.rowCount('long')).toBe(1);
    expect(textOf(await log.load('long'))).toBe(long);
    await db.destroy();
  });
});
