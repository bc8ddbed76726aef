import type { Kysely } from 'kysely';

/**
 * Who convenes a debate that the Security Council presidency does not: the co-organizers of an
 * Arria-formula meeting, the President of the General Assembly, the Chair of the
 * Peacebuilding Commission. `presidency` stays for the Council's presidency only. Existing
 * debates have no convener recorded.
 */
export function debateConvener() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('debates').addColumn('convener', 'text').execute();
    },
  };
}
