import type { Kysely } from 'kysely';

/**
 * The outcome document a debate negotiates (a statement row holding the shared text, with no
 * owning delegation), its circulated revisions, amendments with the delegations' positions,
 * the status of each paragraph, and the training-exercise flag of a debate.
 */
export function outcomeDocuments() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('debates')
        .addColumn('training_exercise', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('outcome_documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('debate_id', 'text', (c) =>
          c.notNull().unique().references('debates.id').onDelete('cascade'),
        )
        .addColumn('statement_id', 'text', (c) =>
          c.notNull().unique().references('statements.id').onDelete('cascade'),
        )
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('penholder_delegation_id', 'text', (c) =>
          c.references('delegations.id').onDelete('set null'),
        )
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('silence_revision_id', 'text')
        .addColumn('silence_deadline', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('outcome_documents_silence')
        .on('outcome_documents')
        .columns(['status', 'silence_deadline'])
        .execute();
      await db.schema
        .createTable('outcome_revisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('outcome_id', 'text', (c) =>
          c.notNull().references('outcome_documents.id').onDelete('cascade'),
        )
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('version_id', 'text', (c) =>
          c.notNull().references('statement_versions.id').onDelete('cascade'),
        )
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('circulated_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('circulated_at', 'text', (c) => c.notNull())
        .addColumn('silence_broken_by', 'text', (c) => c.references('delegations.id'))
        .addColumn('silence_broken_reason', 'text')
        .addColumn('adopted_at', 'text')
        .addUniqueConstraint('outcome_revisions_number', ['outcome_id', 'number'])
        .execute();
      await db.schema
        .createTable('outcome_amendments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('outcome_id', 'text', (c) =>
          c.notNull().references('outcome_documents.id').onDelete('cascade'),
        )
        .addColumn('delegation_id', 'text', (c) =>
          c.notNull().references('delegations.id').onDelete('cascade'),
        )
        .addColumn('paragraph', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('original_text', 'text', (c) => c.notNull())
        .addColumn('proposed_text', 'text', (c) => c.notNull())
        .addColumn('justification', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('decided_text', 'text')
        .addColumn('decided_by', 'text', (c) => c.references('users.id'))
        .addColumn('decided_at', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('outcome_positions')
        .addColumn('amendment_id', 'text', (c) =>
          c.notNull().references('outcome_amendments.id').onDelete('cascade'),
        )
        .addColumn('delegation_id', 'text', (c) =>
          c.notNull().references('delegations.id').onDelete('cascade'),
        )
        .addColumn('stance', 'text', (c) => c.notNull())
        .addColumn('comment', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('outcome_positions_pk', ['amendment_id', 'delegation_id'])
        .execute();
      await db.schema
        .createTable('outcome_paragraphs')
        .addColumn('outcome_id', 'text', (c) =>
          c.notNull().references('outcome_documents.id').onDelete('cascade'),
        )
        .addColumn('paragraph', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('holders', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('outcome_paragraphs_pk', ['outcome_id', 'paragraph'])
        .execute();
    },
  };
}
