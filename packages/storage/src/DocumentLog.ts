import type { CompactionResult, DocumentStore } from '@plenary/collab';
import { mergeUpdates } from '@plenary/collab';
import { sql } from 'kysely';
import type { Dialect } from './Dialect.js';
import type { PlenaryDb } from './openSqliteDatabase.js';

const now = (): string => new Date().toISOString();
const bytes = (data: Uint8Array): Uint8Array =>
  new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** The Yjs update log (a snapshot plus later updates per document) in the SQL database. */
export class DocumentLog implements DocumentStore {
  constructor(
    private readonly db: PlenaryDb,
    private readonly dialect: Dialect = 'sqlite',
  ) {}

  async load(documentId: string): Promise<Uint8Array[]> {
    const rows = await this.db
      .selectFrom('document_updates')
      .select('data')
      .where('document_id', '=', documentId)
      .orderBy('seq')
      .execute();
    return rows.map((row) => bytes(row.data));
  }

  async append(documentId: string, update: Uint8Array): Promise<void> {
    await this.db
      .insertInto('document_updates')
      .values({ document_id: documentId, data: update, is_snapshot: 0, created_at: now() })
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

  /** Runs in one transaction: deletes exactly the rows it merged, so later appends survive. */
  compact(documentId: string): Promise<CompactionResult> {
    return this.db.transaction().execute(async (trx) => {
      // Several processes may hold the document: one compaction at a time per document.
      if (this.dialect === 'postgres')
        await sql`SELECT pg_advisory_xact_lock(hashtext(${documentId}))`.execute(trx);
      const rows = await trx
        .selectFrom('document_updates')
        .select(['seq', 'data'])
        .where('document_id', '=', documentId)
        .orderBy('seq')
        .execute();
      const last = rows.at(-1);
      if (!last || rows.length === 1) return { rowsBefore: rows.length, rowsAfter: rows.length };
      const snapshot = mergeUpdates(rows.map((row) => bytes(row.data)));
      await trx
        .deleteFrom('document_updates')
        .where('document_id', '=', documentId)
        .where('seq', '<=', last.seq)
        .execute();
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
      return { rowsBefore: rows.length, rowsAfter: 1 };
    });
  }

  async remove(documentId: string): Promise<void> {
    await this.db.deleteFrom('document_updates').where('document_id', '=', documentId).execute();
  }
}
