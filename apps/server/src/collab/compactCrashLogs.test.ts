// The start-time compaction of crash logs, over a real SQLite store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { openSqliteDatabase, Stores } from '@plenary/storage';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compactCrashLogs } from './compactCrashLogs.js';

/** The updates that type `words` one at a time into a fresh document. */
function typed(words: string[]): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = doc.getText('t');
  for (const word of words) text.insert(text.length, `${word} `);
  return updates;
}

function textOf(rows: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row);
  return doc.getText('t').toString();
}

describe('compactCrashLogs', () => {
  let dir: string;
  let stores: Stores;
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plenary-start-compact-'));
    stores = new Stores(await openSqliteDatabase(dir));
    lines.length = 0;
  });
  afterEach(async () => {
    await stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function write(id: string, updates: Uint8Array[]): Promise<void> {
    for (const update of updates) await stores.documents.append(id, update);
  }

  it('merges each log with a tail into one snapshot, newest first, and keeps the text', async () => {
    await write('older', typed(['Mr.', 'President,']));
    await write('single', typed(['Alone']).slice(0, 1));
    await write('newer', typed(['We', 'welcome', 'this', 'debate.']));
    expect(await stores.documents.uncompacted()).toEqual(['newer', 'older']);

    const result = await compactCrashLogs(stores.documents, 5_000, logger);

    expect(result).toMatchObject({ compacted: 2, left: 0 });
    for (const id of ['older', 'newer', 'single'])
      expect(await stores.documents.rowCount(id)).toBe(1);
    expect(textOf(await stores.documents.load('newer'))).toBe('We welcome this debate. ');
    expect(textOf(await stores.documents.load('older'))).toBe('Mr. President, ');
    expect(await stores.documents.uncompacted()).toEqual([]);
    expect(lines.at(-1)).toMatchObject({ compacted: 2, left: 0 });
  });

  it('does nothing with a budget of 0', async () => {
    await write('doc', typed(['a', 'b', 'c']));
    expect(await compactCrashLogs(stores.documents, 0, logger)).toMatchObject({
      compacted: 0,
      left: 0,
    });
    expect(await stores.documents.rowCount('doc')).toBe(3);
    expect(lines).toEqual([]);
  });
});
