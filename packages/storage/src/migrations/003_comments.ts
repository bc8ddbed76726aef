import type { Kysely } from 'kysely';
import type { Dialect } from '../Dialect.js';

/** Comment threads anchored in statements, their comments, and mention notifications. */
export function comments(dialect: Dialect) {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('comment_threads')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('statement_id', 'text', (c) =>
          c.notNull().references('statements.id').onDelete('cascade'),
        )
        .addColumn('anchor_start', 'text', (c) => c.notNull())
        .addColumn('anchor_end', 'text', (c) => c.notNull())
        .addColumn('quote', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('resolved_by', 'text', (c) => c.references('users.id'))
        .addColumn('resolved_at', 'text')
        .execute();
      await db.schema
        .createIndex('comment_threads_by_statement')
        .on('comment_threads')
        .column('statement_id')
        .execute();
      await db.schema
        .createTable('comments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('thread_id', 'text', (c) =>
          c.notNull().references('comment_threads.id').onDelete('cascade'),
        )
        .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('mentions', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('edited_at', 'text')
        .addColumn('deleted_at', 'text')
        .addColumn('deleted_by', 'text', (c) => c.references('users.id'))
        .execute();
      await db.schema
        .createIndex('comments_by_thread')
        .on('comments')
        .columns(['thread_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('notifications')
        .addColumn('id', serial, (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('debate_id', 'text', (c) =>
          c.notNull().references('debates.id').onDelete('cascade'),
        )
        .addColumn('statement_id', 'text', (c) =>
          c.notNull().references('statements.id').onDelete('cascade'),
        )
        .addColumn('thread_id', 'text', (c) =>
          c.notNull().references('comment_threads.id').onDelete('cascade'),
        )
        .addColumn('comment_id', 'text', (c) =>
          c.notNull().references('comments.id').onDelete('cascade'),
        )
        .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text')
        .execute();
      await db.schema
        .createIndex('notifications_by_user')
        .on('notifications')
        .columns(['user_id', 'id'])
        .execute();
    },
  };
}
