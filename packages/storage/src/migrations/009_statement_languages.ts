import type { Kysely } from 'kysely';

/**
 * The language of each statement (one of the six UN official languages) and the usual
 * language of each delegation, which new statements default to. Existing rows are English,
 * which is what Plenary assumed until now.
 */
export function statementLanguages() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('statements')
        .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
        .execute();
      await db.schema
        .alterTable('delegations')
        .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
        .execute();
    },
  };
}
