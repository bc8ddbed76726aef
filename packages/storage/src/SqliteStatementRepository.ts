import type { SqliteDatabase } from './openSqlite.js';
import type { StatementRecord, StatementRepository } from './StatementRepository.js';

interface StatementRow {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
}

const toRecord = (row: StatementRow): StatementRecord => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export class SqliteStatementRepository implements StatementRepository {
  private readonly sql;

  constructor(db: SqliteDatabase) {
    this.sql = {
      list: db.prepare<[], StatementRow>('SELECT * FROM statements ORDER BY updated_at DESC, id'),
      get: db.prepare<[string], StatementRow>('SELECT * FROM statements WHERE id = ?'),
      insert: db.prepare<[string, string, string, string]>(
        'INSERT INTO statements (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)',
      ),
      rename: db.prepare<[string, string, string]>(
        'UPDATE statements SET title = ?, updated_at = ? WHERE id = ?',
      ),
      touch: db.prepare<[string, string]>('UPDATE statements SET updated_at = ? WHERE id = ?'),
      remove: db.prepare<[string]>('DELETE FROM statements WHERE id = ?'),
      removeDocument: db.prepare<[string]>('DELETE FROM document_updates WHERE document_id = ?'),
    };
    this.removeWithDocument = db.transaction((id: string) => {
      this.sql.removeDocument.run(id);
      return this.sql.remove.run(id).changes > 0;
    });
  }

  private readonly removeWithDocument: (id: string) => boolean;

  list(): Promise<StatementRecord[]> {
    return Promise.resolve(this.sql.list.all().map(toRecord));
  }

  get(id: string): Promise<StatementRecord | undefined> {
    const row = this.sql.get.get(id);
    return Promise.resolve(row && toRecord(row));
  }

  create({ id, title }: { id: string; title: string }): Promise<StatementRecord> {
    const now = new Date().toISOString();
    this.sql.insert.run(id, title, now, now);
    return Promise.resolve({ id, title, createdAt: now, updatedAt: now });
  }

  async rename(id: string, title: string): Promise<StatementRecord | undefined> {
    this.sql.rename.run(title, new Date().toISOString(), id);
    return this.get(id);
  }

  touch(id: string): Promise<void> {
    this.sql.touch.run(new Date().toISOString(), id);
    return Promise.resolve();
  }

  remove(id: string): Promise<boolean> {
    return Promise.resolve(this.removeWithDocument(id));
  }
}
