import type { Kysely } from 'kysely';

/**
 * Outcome documents marked in their text: an amendment proposed there keeps the id of its
 * suggestion marks (null for one proposed by form), and a paragraph's status is keyed by the
 * paragraph's own id (a node attribute), not its number, so inserting a paragraph shifts
 * nothing. Statuses keyed by number cannot be matched to a paragraph and start again as open.
 */
export function outcomeMarks() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('outcome_amendments').addColumn('suggestion_id', 'text').execute();
      await db.schema.dropTable('outcome_paragraphs').execute();
      await db.schema
        .createTable('outcome_paragraphs')
        .addColumn('outcome_id', 'text', (c) =>
          c.notNull().references('outcome_documents.id').onDelete('cascade'),
        )
        .addColumn('paragraph_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('holders', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('outcome_paragraphs_pk', ['outcome_id', 'paragraph_id'])
        .execute();
    },
  };
}
