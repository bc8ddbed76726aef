// The document log's contract, on every adapter: updates kept apart and in order,
// compaction that loses nothing, batches stored whole or not at all.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TestStores } from '../describeStores.js';

export function documentLogContract(db: TestStores): void {
  const store = () => db.stores.documents;
  async function typeInto(id: string, doc: Y.Doc, text: string): Promise<void> {
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (const char of text) doc.getText('t').insert(doc.getText('t').length, char);
    doc.getText('t').delete(0, 2);
    for (const update of updates) await store().append(id, update);
  }
  async function reload(id: string): Promise<string> {
    const doc = new Y.Doc();
    for (const update of await store().load(id)) Y.applyUpdate(doc, update);
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
    expect(await store().rowCount('a')).toBe(14);
    expect(await store().compact('a')).toEqual({ rowsBefore: 14, rowsAfter: 1 });
    expect(await reload('a')).toBe('. President');
    await typeInto('a', doc, ',');
    expect(await reload('a')).toBe('President,');
    expect(await store().compact('a')).toEqual({ rowsBefore: 3, rowsAfter: 1 });
    expect(await reload('a')).toBe('President,');
  });

  it('loses no update when compactions and appends run concurrently', async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 60; i += 1) doc.getText('t').insert(0, String(i % 10));
    const expected = doc.getText('t').toString();
    await Promise.all([
      ...updates.map((update) => store().append('a', update)),
      store().compact('a'),
      store().compact('a'),
      store().compact('a'),
    ]);
    await Promise.all([store().compact('a'), store().compact('a')]);
    expect(await reload('a')).toBe(expected);
    expect(await store().rowCount('a')).toBe(1);
  });

  it('lets other work run while a log is compacted', async () => {
    // PostgreSQL's queries wait for the network, so other work runs between them anyway.
    if (db.dialect !== 'sqlite') return;
    const doc = new Y.Doc();
    await typeInto('a', doc, 'Mr. President');
    const later: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => later.push(update));
    doc.getText('t').insert(doc.getText('t').length, '!');
    const compaction = store().compact('a');
    let appended = false;
    // A task queued after the compaction started: an edit arriving on a socket.
    setImmediate(
      () =>
        void store()
          .append('a', later[0]!)
          .then(() => (appended = true)),
    );
    await compaction;
    // SQLite runs each step synchronously: chained by promise jobs alone, the whole
    // compaction was one task, and every room's edits waited for it.
    expect(appended).toBe(true);
    expect(await reload('a')).toBe('. President!');
  });

  it('appends a batch across documents in one transaction, in order', async () => {
    const docs = { a: new Y.Doc(), b: new Y.Doc() };
    const entries: { documentId: string; update: Uint8Array }[] = [];
    for (const [documentId, doc] of Object.entries(docs)) {
      doc.on('update', (update: Uint8Array) => entries.push({ documentId, update }));
    }
    for (const char of 'abcdef') {
      docs.a.getText('t').insert(0, char);
      docs.b.getText('t').insert(docs.b.getText('t').length, char);
    }
    await store().appendBatch(entries);
    expect(await reload('a')).toBe('fedcba');
    expect(await reload('b')).toBe('abcdef');
    // Order matters to nothing in Yjs, but the log keeps it: the stored rows are the updates.
    expect(await store().load('a')).toEqual(
      entries.filter((e) => e.documentId === 'a').map((e) => e.update),
    );
  });

  it('stores nothing of a batch that fails part-way', async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getText('t').insert(0, 'kept?');
    const broken = { documentId: 'a', update: null as unknown as Uint8Array };
    await expect(
      store().appendBatch([{ documentId: 'a', update: updates[0]! }, broken]),
    ).rejects.toThrow();
    expect(await store().rowCount('a')).toBe(0);
    await store().appendBatch([{ documentId: 'a', update: updates[0]! }]);
    expect(await reload('a')).toBe('kept?');
  });

  it('survives reopening the database', async () => {
    await typeInto('a', new Y.Doc(), 'durable');
    await db.reopen();
    expect(await reload('a')).toBe('rable');
  });

  it('removes a document entirely', async () => {
    await typeInto('a', new Y.Doc(), 'gone');
    await store().remove('a');
    expect(await store().rowCount('a')).toBe(0);
  });
}
