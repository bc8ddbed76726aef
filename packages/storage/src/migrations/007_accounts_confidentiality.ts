import type { Kysely } from 'kysely';

/**
 * Browsers an account has signed in on (exempt from the lock-out that guessing from unknown
 * browsers triggers), and who granted each membership (shown to the delegation).
 */
export function accountsConfidentiality() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('known_devices')
        .addColumn('token_hash', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('known_devices_pk', ['token_hash', 'user_id'])
        .execute();
      await db.schema
        .alterTable('memberships')
        .addColumn('added_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .execute();
    },
  };
}
