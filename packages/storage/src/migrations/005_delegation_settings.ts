import type { Kysely } from 'kysely';

/** Speaking rate per delegation, for the speaking-time meter (words per minute). */
export function delegationSettings() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('delegations')
        .addColumn('words_per_minute', 'integer', (c) => c.notNull().defaultTo(120))
        .execute();
    },
  };
}
