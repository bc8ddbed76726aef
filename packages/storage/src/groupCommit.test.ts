// Group commit over the real stores: rooms sharing one GroupCommit write together, and a
// batch the database refuses is refused whole (nothing stored, applied or broadcast).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeClientMessage,
  encodeUpdate,
  GroupCommit,
  Room,
  type CloseCode,
  type Connection,
} from '@plenary/collab';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Dialect } from './Dialect.js';
import { openPostgresDatabase } from './openPostgresDatabase.js';
import { openSqliteDatabase } from './openSqliteDatabase.js';
import { Stores } from './Stores.js';

const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

class Peer implements Connection {
  readonly readOnly = false;
  readonly received: Uint8Array[] = [];
  closed: CloseCode | undefined;
  constructor(readonly id: string) {}
  send(frame: Uint8Array): void {
    if (decodeClientMessage(frame).kind === 'update') this.received.push(frame);
  }
  close(code: CloseCode): void {
    this.closed = code;
  }
}

const typed = (text: string): Uint8Array => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};

async function open(dialect: Dialect): Promise<{ stores: Stores; dispose(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-commit-'));
    const stores = new Stores(await openSqliteDatabase(dir));
    return {
      stores,
      async dispose() {
        await stores.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const stores = new Stores(
    await openPostgresDatabase(TEST_DATABASE_URL, { schema, poolSize: 2 }),
    'postgres',
  );
  return {
    stores,
    async dispose() {
      await stores.close();
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** Makes the database refuse any row for `documentId` (a full disk, for that test). */
async function refuseRowsFor(stores: Stores, documentId: string): Promise<void> {
  if (stores.dialect === 'sqlite') {
    await sql
      .raw(
        `CREATE TRIGGER refuse BEFORE INSERT ON document_updates WHEN NEW.document_id = '${documentId}'
         BEGIN SELECT RAISE(ABORT, 'refused'); END`,
      )
      .execute(stores.db);
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN
         IF NEW.document_id = '${documentId}' THEN RAISE EXCEPTION 'refused'; END IF;
         RETURN NEW; END $$ LANGUAGE plpgsql;
       CREATE TRIGGER refuse BEFORE INSERT ON document_updates
         FOR EACH ROW EXECUTE FUNCTION refuse();`,
    )
    .execute(stores.db);
}

describe.each(['sqlite', 'postgres'] as const)('group commit on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof open>>;
  let commit: GroupCommit;
  beforeEach(async () => {
    db = await open(dialect);
    commit = new GroupCommit((entries) => db.stores.documents.appendBatch(entries));
  });
  afterEach(() => db.dispose());

  async function roomWithPeers(id: string): Promise<{ room: Room; writer: Peer; reader: Peer }> {
    const room = await Room.load(id, db.stores.documents, {}, { commit });
    const writer = new Peer(`${id}-writer`);
    const reader = new Peer(`${id}-reader`);
    room.join(writer);
    room.join(reader);
    return { room, writer, reader };
  }

  it('writes the updates of several rooms in one transaction, then broadcasts them', async () => {
    const rooms = await Promise.all(['a', 'b', 'c'].map((id) => roomWithPeers(id)));
    await Promise.all(
      rooms.map(({ room, writer }) => room.receive(writer, encodeUpdate(typed(room.id)))),
    );
    expect(commit.stats.batches).toBe(1);
    expect(commit.stats.largestBatch).toBe(3);
    for (const { room, reader } of rooms) {
      expect(reader.received).toHaveLength(1);
      expect(await db.stores.documents.rowCount(room.id)).toBe(1);
    }
  });

  it('refuses every update of a batch the database refused: none stored, none broadcast', async () => {
    await refuseRowsFor(db.stores, 'broken');
    const fine = await roomWithPeers('fine');
    const broken = await roomWithPeers('broken');
    await Promise.all([
      fine.room.receive(fine.writer, encodeUpdate(typed('fine'))),
      broken.room.receive(broken.writer, encodeUpdate(typed('broken'))),
    ]);
    expect([fine.writer.closed, broken.writer.closed]).toEqual([4500, 4500]);
    expect([fine.reader.received.length, broken.reader.received.length]).toEqual([0, 0]);
    expect(await db.stores.documents.rowCount('fine')).toBe(0);
    expect(fine.room.doc.getText('t').toString()).toBe('');
    // The next batch, without the refused row, goes through.
    const again = new Peer('again');
    fine.room.join(again);
    await fine.room.receive(again, encodeUpdate(typed('again')));
    expect(fine.reader.received).toHaveLength(1);
    expect(await db.stores.documents.rowCount('fine')).toBe(1);
  });

  it('keeps a cold open to a snapshot and the rows appended since', async () => {
    const { room, writer } = await roomWithPeers('doc');
    for (let i = 0; i < 20; i += 1) await room.receive(writer, encodeUpdate(typed(`${i}`)));
    await db.stores.documents.compact('doc');
    await room.receive(writer, encodeUpdate(typed('later')));
    expect(await db.stores.documents.rowCount('doc')).toBe(2);
    const reopened = await Room.load('doc', db.stores.documents);
    expect(reopened.doc.getText('t').length).toBe(room.doc.getText('t').length);
    expect(reopened.pendingCompaction).toBe(2);
  });
});
