import type { AppendEntry, CompactionResult, DocumentStore } from '@plenary/collab';
import { mergeUpdates } from '@plenary/collab';
import { sql } from 'kysely';
import type { Dialect } from './Dialect.js';
import type { PlenaryDb } from './openSqliteDatabase.js';
import { PrecompiledQuery } from './PrecompiledQuery.js';
import { batchAppend, type BatchAppend } from './UpdateAppender.js';

const now = (): string => new Date().toISOString();
const bytes = (data: Uint8Array): Uint8Array =>
  new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** The Yjs update log (a snapshot plus later updates per document) in the SQL database. */
export class DocumentLog implements DocumentStore {
  private readonly prepared: BatchAppend | undefined;
  /** Every open of a statement reads its rows: compiled once (PrecompiledQuery). */
  private readonly loadQuery = new PrecompiledQuery(
    (slot) =>
      this.db
        .selectFrom('document_updates')
        .select('data')
        .where('document_id', '=', slot(0))
        .orderBy('seq'),
    1,
  );

  constructor(
    private readonly db: PlenaryDb,
    private readonly dialect: Dialect = 'sqlite',
  ) {
    this.prepared = batchAppend(db);
  }

  async load(documentId: string): Promise<Uint8Array[]> {
    const { rows } = await this.db.executeQuery(this.loadQuery.with([documentId]));
    return rows.map((row) => bytes(row.data));
  }

  append(documentId: string, update: Uint8Array): Promise<void> {
    return this.appendBatch([{ documentId, update }]);
  }

  /** One transaction: every entry is stored, in order, or none is. */
  async appendBatch(entries: readonly AppendEntry[]): Promise<void> {
    if (entries.length === 0) return;
    if (this.prepared) return this.prepared(entries);
    // Inside a transaction: the query builder's connection is the transaction's.
    const createdAt = now();
    await this.db
      .insertInto('document_updates')
      .values(
        entries.map(({ documentId, update }) => ({
          document_id: documentId,
          data: update,
          is_snapshot: 0,
          created_at: createdAt,
        })),
      )
      .execute();
  }

  async rowCount(documentId: string): Promise<number> {
    const row = await this.db
      .selectFrom('document_updates')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('document_id', '=', documentId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /**
   * Documents whose log holds more than one row (a crash's tail after the snapshot), the most
   * recently written first. A graceful stop compacts every open document, so after one this is
   * empty.
   */
  async uncompacted(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('document_updates')
      .select('document_id')
      .groupBy('document_id')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .orderBy((eb) => eb.fn.max('seq'), 'desc')
      .execute();
    return rows.map((row) => row.document_id);
  }

  /**
   * Merges the rows read at the start into one snapshot, then, in one short transaction,
   * deletes exactly those rows and inserts the snapshot: later appends survive, and appends
   * are not held up while the document is merged. Each of the three steps is a task of its own
   * (`nextTurn`): on SQLite they run synchronously, and chained by promise jobs alone they held
   * the event loop as one task, so every room's edits waited for the whole compaction.
   */
  async compact(documentId: string): Promise<CompactionResult> {
    const rows = await this.db
      .selectFrom('document_updates')
      .select(['seq', 'data'])
      .where('document_id', '=', documentId)
      .orderBy('seq')
      .execute();
    const last = rows.at(-1);
    if (!last || rows.length === 1) return { rowsBefore: rows.length, rowsAfter: rows.length };
    await nextTurn();
    let snapshot = mergeUpdates(rows.map((row) => bytes(row.data)));
    const read = new Map(rows.map((row) => [row.seq, bytes(row.data)]));
    await nextTurn();
    await this.db.transaction().execute(async (trx) => {
      // Several processes may hold the document: one compaction at a time per document.
      if (this.dialect === 'postgres')
        await sql`SELECT pg_advisory_xact_lock(hashtext(${documentId}))`.execute(trx);
      // The delete returns exactly what it removed. PostgreSQL hands out numbers before commit,
      // so a row numbered before `last` may have committed since the read (even between two
      // statements of this transaction), and another compaction may have replaced rows with
      // its snapshot: whatever was removed and not read byte for byte joins the snapshot.
      const removed = await trx
        .deleteFrom('document_updates')
        .where('document_id', '=', documentId)
        .where('seq', '<=', last.seq)
        .returning(['seq', 'data'])
        .execute();
      const unread = removed
        .map((row) => ({ seq: row.seq, data: bytes(row.data) }))
        .filter((row) => !sameBytes(read.get(row.seq), row.data))
        .sort((a, b) => a.seq - b.seq)
        .map((row) => row.data);
      if (unread.length > 0) snapshot = mergeUpdates([snapshot, ...unread]);
      // The snapshot keeps the last merged row's seq, so it still sorts before later appends.
      await trx
        .insertInto('document_updates')
        .values({
          seq: last.seq,
          document_id: documentId,
          data: snapshot,
          is_snapshot: 1,
          created_at: now(),
        })
        .execute();
    });
    return { rowsBefore: rows.length, rowsAfter: 1 };
  }

  async remove(documentId: string): Promise<void> {
    await this.db.deleteFrom('document_updates').where('document_id', '=', documentId).execute();
  }
}

/** Resolves after the I/O that is waiting now has been handled (a `setImmediate`). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (a === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
