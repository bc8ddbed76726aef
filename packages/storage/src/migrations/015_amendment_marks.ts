import type { Kysely } from 'kysely';

/**
 * An amendment proposed in the outcome document's text: the id of its suggestion marks, so the
 * penholder's decision settles exactly those marks (null for an amendment proposed by form).
 */
export function amendmentMarks() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('outcome_amendments').addColumn('suggestion_id', 'text').execute();
    },
  };
}
