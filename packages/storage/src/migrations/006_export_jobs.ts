import type { Kysely } from 'kysely';
import type { Dialect } from '../Dialect.js';

/** Long exports (compilations) run in the background; any process can serve the result. */
export function exportJobs(dialect: Dialect) {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('export_jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('debate_id', 'text', (c) =>
          c.notNull().references('debates.id').onDelete('cascade'),
        )
        .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('file_name', 'text')
        .addColumn('result', blob)
        .addColumn('error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();
    },
  };
}
