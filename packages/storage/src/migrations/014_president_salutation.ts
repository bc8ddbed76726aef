import type { Kysely } from 'kysely';

/**
 * How the presidency's representative is addressed ("Mr. President," or "Madam President,"),
 * when the organizer knows who will preside: new statements open with that salutation.
 */
export function presidentSalutation() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('debates').addColumn('president_salutation', 'text').execute();
    },
  };
}
