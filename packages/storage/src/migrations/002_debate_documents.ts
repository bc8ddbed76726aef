import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../Dialect.js';

/** Concept notes, discussion points, and the reference library with full-text search. */
export function debateDocuments(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
      await db.schema
        .createTable('discussion_points')
        .addColumn('debate_id', 'text', (c) =>
          c.notNull().references('debates.id').onDelete('cascade'),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('discussion_points_pk', ['debate_id', 'kind', 'label'])
        .execute();
      await db.schema
        .createTable('concept_notes')
        .addColumn('debate_id', 'text', (c) =>
          c.primaryKey().references('debates.id').onDelete('cascade'),
        )
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('symbol', 'text')
        .addColumn('imported_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('reference_documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('debate_id', 'text', (c) =>
          c.notNull().references('debates.id').onDelete('cascade'),
        )
        .addColumn('symbol', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('paragraph_count', 'integer', (c) => c.notNull())
        .addColumn('footnotes', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('reference_paragraphs')
        .addColumn('id', serial, (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('document_id', 'text', (c) =>
          c.notNull().references('reference_documents.id').onDelete('cascade'),
        )
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('heading', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('reference_paragraphs_by_document')
        .on('reference_paragraphs')
        .columns(['document_id', 'number'])
        .execute();
      if (dialect === 'sqlite') await createSqliteSearch(db);
      else {
        await sql`CREATE INDEX reference_paragraphs_search ON reference_paragraphs
          USING gin (to_tsvector('english', text))`.execute(db);
      }
    },
  };
}

/** An external-content FTS5 index over paragraph text, kept in step by triggers. */
async function createSqliteSearch(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE reference_paragraphs_fts USING fts5(
    text, heading, content='reference_paragraphs', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`CREATE TRIGGER reference_paragraphs_ai AFTER INSERT ON reference_paragraphs BEGIN
    INSERT INTO reference_paragraphs_fts(rowid, text, heading) VALUES (new.id, new.text, new.heading);
  END`.execute(db);
  await sql`CREATE TRIGGER reference_paragraphs_ad AFTER DELETE ON reference_paragraphs BEGIN
    INSERT INTO reference_paragraphs_fts(reference_paragraphs_fts, rowid, text, heading)
      VALUES ('delete', old.id, old.text, old.heading);
  END`.execute(db);
}
