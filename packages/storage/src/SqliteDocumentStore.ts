import type { CompactionResult, DocumentStore } from '@plenary/collab';
import { mergeUpdates } from '@plenary/collab';
import type { SqliteDatabase } from './openSqlite.js';

interface UpdateRow {
  seq: number;
  data: Buffer;
}

/** The Yjs update log in the embedded SQLite file. Writes are synchronous and durable on return. */
export class SqliteDocumentStore implements DocumentStore {
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      load: db.prepare<[string], UpdateRow>(
        'SELECT seq, data FROM document_updates WHERE document_id = ? ORDER BY seq',
      ),
      append: db.prepare<[string, Uint8Array, string]>(
        'INSERT INTO document_updates (document_id, data, created_at) VALUES (?, ?, ?)',
      ),
      count: db.prepare<[string], { n: number }>(
        'SELECT COUNT(*) AS n FROM document_updates WHERE document_id = ?',
      ),
      deleteUpTo: db.prepare<[string, number]>(
        'DELETE FROM document_updates WHERE document_id = ? AND seq <= ?',
      ),
      insertSnapshot: db.prepare<[number, string, Uint8Array, string]>(
        'INSERT INTO document_updates (seq, document_id, data, is_snapshot, created_at) VALUES (?, ?, ?, 1, ?)',
      ),
      remove: db.prepare<[string]>('DELETE FROM document_updates WHERE document_id = ?'),
    };
  }

  load(documentId: string): Promise<Uint8Array[]> {
    const rows = this.statements.load.all(documentId);
    return Promise.resolve(rows.map((row) => new Uint8Array(row.data)));
  }

  append(documentId: string, update: Uint8Array): Promise<void> {
    this.statements.append.run(documentId, update, new Date().toISOString());
    return Promise.resolve();
  }

  rowCount(documentId: string): Promise<number> {
    return Promise.resolve(this.statements.count.get(documentId)?.n ?? 0);
  }

  compact(documentId: string): Promise<CompactionResult> {
    const run = this.db.transaction((id: string): CompactionResult => {
      const rows = this.statements.load.all(id);
      const last = rows.at(-1);
      if (!last || rows.length === 1) return { rowsBefore: rows.length, rowsAfter: rows.length };
      const snapshot = mergeUpdates(rows.map((row) => new Uint8Array(row.data)));
      this.statements.deleteUpTo.run(id, last.seq);
      // The snapshot takes the last merged row's seq, so it still sorts before later appends.
      this.statements.insertSnapshot.run(last.seq, id, snapshot, new Date().toISOString());
      return { rowsBefore: rows.length, rowsAfter: 1 };
    });
    return Promise.resolve(run.immediate(documentId));
  }

  remove(documentId: string): Promise<void> {
    this.statements.remove.run(documentId);
    return Promise.resolve();
  }
}
