import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../Dialect.js';

/**
 * The update log's `seq` on SQLite becomes a plain rowid alias instead of AUTOINCREMENT: every
 * append was a commit that also rewrote `sqlite_sequence` (a third WAL frame beside the table's
 * and the index's). A rowid is max(seq) + 1 at insert, so seqs still grow within a document:
 * compaction deletes a document's rows up to the last one it read and inserts the snapshot
 * under that same seq, in one transaction, so no document's highest seq ever goes away. Only
 * the rows of a removed document, if they were the newest in the table, can have their numbers
 * handed out again, to other documents; nothing reads a seq across documents. SQLite cannot
 * drop AUTOINCREMENT in place: the table is rebuilt, its rows and index kept. PostgreSQL's
 * sequence costs nothing per commit and is left as it is.
 */
export function updateLogRowid(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect !== 'sqlite') return;
      await sql`CREATE TABLE document_updates_rowid (
        seq integer PRIMARY KEY,
        document_id text NOT NULL,
        data blob NOT NULL,
        is_snapshot integer DEFAULT 0 NOT NULL,
        created_at text NOT NULL
      )`.execute(db);
      await sql`INSERT INTO document_updates_rowid (seq, document_id, data, is_snapshot, created_at)
        SELECT seq, document_id, data, is_snapshot, created_at FROM document_updates`.execute(db);
      await sql`DROP TABLE document_updates`.execute(db);
      await sql`ALTER TABLE document_updates_rowid RENAME TO document_updates`.execute(db);
      await db.schema
        .createIndex('document_updates_by_document')
        .on('document_updates')
        .columns(['document_id', 'seq'])
        .execute();
    },
  };
}
