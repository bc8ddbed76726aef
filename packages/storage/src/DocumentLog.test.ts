import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentLog } from './DocumentLog.js';
import { openSqliteDatabase, type PlenaryDb } from './openSqliteDatabase.js';

describe('DocumentLog on SQLite', () => {
  let dir: string;
  let db: PlenaryDb;
  let store: DocumentLog;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plenary-store-'));
    db = await openSqliteDatabase(dir);
    store = new DocumentLog(db);
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  async function typeInto(id: string, doc: Y.Doc, text: string): Promise<void> {
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (const char of text) doc.getText('t').insert(doc.getText('t').length, char);
    doc.getText('t').delete(0, 2);
    for (const update of updates) await store.append(id, update);
  }

  async function reload(id: string): Promise<string> {
    const doc = new Y.Doc();
    for (const update of await store.load(id)) Y.applyUpdate(doc, update);
    return doc.getText('t').toString();
  }

  it('keeps documents apart and returns updates in order', async () => {
    await typeInto('a', new Y.Doc(), 'alpha');
    await typeInto('b', new Y.Doc(), 'beta');
    expect(await reload('a')).toBe('pha');
    expect(await reload('b')).toBe('ta');
  });

  it('compacts to one row with identical content, keeping later appends after it', async () => {
    const doc = new Y.Doc();
    await typeInto('a', doc, 'Mr. President');
    expect(await store.rowCount('a')).toBe(14);
    expect(await store.compact('a')).toEqual({ rowsBefore: 14, rowsAfter: 1 });
    expect(await reload('a')).toBe('. President');
    await typeInto('a', doc, ',');
    expect(await reload('a')).toBe('President,');
    expect(await store.compact('a')).toEqual({ rowsBefore: 3, rowsAfter: 1 });
    expect(await reload('a')).toBe('President,');
  });

  it('survives reopening the database file', async () => {
    await typeInto('a', new Y.Doc(), 'durable');
    await db.destroy();
    db = await openSqliteDatabase(dir);
    store = new DocumentLog(db);
    expect(await reload('a')).toBe('rable');
  });

  it('removes a document entirely', async () => {
    await typeInto('a', new Y.Doc(), 'gone');
    await store.remove('a');
    expect(await store.rowCount('a')).toBe(0);
  });
});
