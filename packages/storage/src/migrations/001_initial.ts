import type { Kysely } from 'kysely';
import type { Dialect } from '../Dialect.js';

/** Accounts, debates, delegations, memberships, invitations, statements, the update log, audit. */
export function initial(dialect: Dialect) {
  const blob = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();
      await db.schema
        .createTable('debates')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('theme', 'text', (c) => c.notNull())
        .addColumn('body', 'text')
        .addColumn('meeting_date', 'text')
        .addColumn('meeting_time', 'text')
        .addColumn('presidency', 'text')
        .addColumn('format', 'text')
        .addColumn('speaking_limit_minutes', 'integer')
        .addColumn('submission_email', 'text')
        .addColumn('submission_deadline', 'text')
        .addColumn('expected_outcome', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('debate_organizers')
        .addColumn('debate_id', 'text', (c) =>
          c.notNull().references('debates.id').onDelete('cascade'),
        )
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('debate_organizers_pk', ['debate_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('delegations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('debate_id', 'text', (c) =>
          c.notNull().references('debates.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('delegations_name_per_debate', ['debate_id', 'name'])
        .execute();
      await db.schema
        .createTable('memberships')
        .addColumn('delegation_id', 'text', (c) =>
          c.notNull().references('delegations.id').onDelete('cascade'),
        )
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('memberships_pk', ['delegation_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('memberships_by_user')
        .on('memberships')
        .column('user_id')
        .execute();
      await db.schema
        .createTable('invitations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('debate_id', 'text', (c) =>
          c.notNull().references('debates.id').onDelete('cascade'),
        )
        .addColumn('delegation_id', 'text', (c) =>
          c.references('delegations.id').onDelete('cascade'),
        )
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('invited_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('accepted_at', 'text')
        .addColumn('accepted_by', 'text', (c) => c.references('users.id'))
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createTable('statements')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('debate_id', 'text', (c) =>
          c.notNull().references('debates.id').onDelete('cascade'),
        )
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('statement_delegations')
        .addColumn('statement_id', 'text', (c) =>
          c.notNull().references('statements.id').onDelete('cascade'),
        )
        .addColumn('delegation_id', 'text', (c) =>
          c.notNull().references('delegations.id').onDelete('cascade'),
        )
        .addPrimaryKeyConstraint('statement_delegations_pk', ['statement_id', 'delegation_id'])
        .execute();
      await db.schema
        .createIndex('statement_delegations_by_delegation')
        .on('statement_delegations')
        .column('delegation_id')
        .execute();
      await db.schema
        .createTable('document_updates')
        .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('document_id', 'text', (c) => c.notNull())
        .addColumn('data', blob, (c) => c.notNull())
        .addColumn('is_snapshot', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('document_updates_by_document')
        .on('document_updates')
        .columns(['document_id', 'seq'])
        .execute();
      await db.schema
        .createTable('audit_events')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('debate_id', 'text')
        .addColumn('subject_type', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
      await db.schema
        .createIndex('audit_events_by_debate')
        .on('audit_events')
        .columns(['debate_id', 'id'])
        .execute();
    },
  };
}
