import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../Dialect.js';

/**
 * Trash (soft deletion of debates, statements and references), the latest send-back reason
 * on a statement, the strict speaking limit, notifications that are not about a comment,
 * and the schedule of background jobs shared by every process.
 */
export function workflowSafeguards(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const table of ['debates', 'statements', 'reference_documents']) {
        await db.schema.alterTable(table).addColumn('deleted_at', 'text').execute();
        await db.schema
          .alterTable(table)
          .addColumn('deleted_by', 'text', (c) => c.references('users.id'))
          .execute();
      }
      await db.schema.alterTable('statements').addColumn('sent_back_reason', 'text').execute();
      await db.schema
        .alterTable('statements')
        .addColumn('sent_back_by', 'text', (c) => c.references('users.id'))
        .execute();
      await db.schema.alterTable('statements').addColumn('sent_back_at', 'text').execute();
      await db.schema
        .alterTable('debates')
        .addColumn('speaking_limit_strict', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('scheduled_jobs')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('last_run_at', 'text')
        .execute();
      await relaxNotifications(db, dialect);
    },
  };
}

/** Status notices (sent back, deleted, reopened) have no thread or comment, and carry data. */
async function relaxNotifications(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`ALTER TABLE notifications ALTER COLUMN thread_id DROP NOT NULL`.execute(db);
    await sql`ALTER TABLE notifications ALTER COLUMN comment_id DROP NOT NULL`.execute(db);
    await sql`ALTER TABLE notifications ADD COLUMN data text NOT NULL DEFAULT '{}'`.execute(db);
    return;
  }
  // SQLite cannot drop NOT NULL in place: rebuild the table (nothing references it).
  await sql`CREATE TABLE notifications_new (
    id integer PRIMARY KEY AUTOINCREMENT,
    user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind text NOT NULL,
    debate_id text NOT NULL REFERENCES debates(id) ON DELETE CASCADE,
    statement_id text NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    thread_id text REFERENCES comment_threads(id) ON DELETE CASCADE,
    comment_id text REFERENCES comments(id) ON DELETE CASCADE,
    actor_id text NOT NULL REFERENCES users(id),
    created_at text NOT NULL,
    read_at text,
    data text NOT NULL DEFAULT '{}'
  )`.execute(db);
  await sql`INSERT INTO notifications_new (id, user_id, kind, debate_id, statement_id, thread_id,
    comment_id, actor_id, created_at, read_at)
    SELECT id, user_id, kind, debate_id, statement_id, thread_id, comment_id, actor_id,
    created_at, read_at FROM notifications`.execute(db);
  await sql`DROP TABLE notifications`.execute(db);
  await sql`ALTER TABLE notifications_new RENAME TO notifications`.execute(db);
  await sql`CREATE INDEX notifications_by_user ON notifications (user_id, id)`.execute(db);
}
