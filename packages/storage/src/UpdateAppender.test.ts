// The SQLite append writes straight through its prepared statement, except while the query
// builder holds a transaction open on the same connection: then it waits, so the rows are not
// written inside that transaction and rolled back with it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { DocumentLog } from './DocumentLog.js';
import { openSqliteDatabase, type PlenaryDb } from './openSqliteDatabase.js';

let dir: string;
let db: PlenaryDb;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plenary-append-'));
  db = await openSqliteDatabase(dir);
});

afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const typed = (text: string): Uint8Array => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};

it('keeps an append out of a transaction the query builder has open', async () => {
  const log = new DocumentLog(db);
  let release = (): void => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let inside = false;
  const rolledBack = db.transaction().execute(async (trx) => {
    await trx
      .insertInto('document_updates')
      .values({ document_id: 'inside', data: typed('x'), is_snapshot: 0, created_at: 'now' })
      .execute();
    inside = true;
    await gate;
    throw new Error('rolled back');
  });
  await vi.waitFor(() => expect(inside).toBe(true));
  const kept = typed('kept');
  const appended = log.appendBatch([{ documentId: 'outside', update: kept }]);
  release();
  await expect(rolledBack).rejects.toThrow('rolled back');
  await appended;
  expect(await log.rowCount('inside')).toBe(0);
  expect(await log.load('outside')).toEqual([kept]);
});

it('appends at once when no transaction is open, and refuses a bad batch whole', async () => {
  const log = new DocumentLog(db);
  await log.appendBatch([
    { documentId: 'a', update: typed('one') },
    { documentId: 'b', update: typed('two') },
  ]);
  expect(await log.rowCount('a')).toBe(1);
  const broken = { documentId: 'a', update: null as unknown as Uint8Array };
  await expect(
    log.appendBatch([{ documentId: 'a', update: typed('3') }, broken]),
  ).rejects.toThrow();
  expect(await log.rowCount('a')).toBe(1);
});
