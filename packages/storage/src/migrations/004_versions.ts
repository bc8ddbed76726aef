import type { Kysely } from 'kysely';
import type { Dialect } from '../Dialect.js';

/** Versions of statements (full Yjs state + plain text) and the revision/clearance columns. */
export function versions(dialect: Dialect) {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('statement_versions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('statement_id', 'text', (c) =>
          c.notNull().references('statements.id').onDelete('cascade'),
        )
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('state', blob, (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('statement_versions_by_statement')
        .on('statement_versions')
        .columns(['statement_id', 'created_at'])
        .execute();
      await db.schema
        .alterTable('statements')
        .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.alterTable('statements').addColumn('cleared_version_id', 'text').execute();
      await db.schema.alterTable('statements').addColumn('submitted_version_id', 'text').execute();
    },
  };
}
