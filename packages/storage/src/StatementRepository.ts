import type { StatementStatus, StatementsTable } from './DatabaseSchema.js';
import type { PlenaryDb } from './openSqliteDatabase.js';
import type { StatementRecord } from './records.js';

const toStatement = (row: StatementsTable, delegationIds: string[]): StatementRecord => ({
  id: row.id,
  debateId: row.debate_id,
  title: row.title,
  status: row.status,
  revision: row.revision,
  clearedVersionId: row.cleared_version_id,
  submittedVersionId: row.submitted_version_id,
  delegationIds,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  language: row.language,
});

export class StatementRepository {
  constructor(private readonly db: PlenaryDb) {}

  create(input: {
    id: string;
    debateId: string;
    title: string;
    delegationIds: string[];
    createdBy: string;
    /** Default English. */
    language?: string;
  }): Promise<StatementRecord> {
    const now = new Date().toISOString();
    const row: StatementsTable = {
      id: input.id,
      debate_id: input.debateId,
      title: input.title,
      status: 'draft',
      revision: 1,
      cleared_version_id: null,
      submitted_version_id: null,
      created_by: input.createdBy,
      created_at: now,
      updated_at: now,
      language: input.language ?? 'en',
    };
    return this.db.transaction().execute(async (trx) => {
      await trx.insertInto('statements').values(row).execute();
      await trx
        .insertInto('statement_delegations')
        .values(
          input.delegationIds.map((delegationId) => ({
            statement_id: input.id,
            delegation_id: delegationId,
          })),
        )
        .execute();
      return toStatement(row, [...input.delegationIds]);
    });
  }

  async get(id: string): Promise<StatementRecord | undefined> {
    const row = await this.db
      .selectFrom('statements')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const owners = await this.db
      .selectFrom('statement_delegations')
      .select('delegation_id')
      .where('statement_id', '=', id)
      .execute();
    return toStatement(row, owners.map((owner) => owner.delegation_id).sort());
  }

  /** Statements of a debate, newest change first, each with its owning delegations. */
  async listByDebate(debateId: string): Promise<StatementRecord[]> {
    const rows = await this.db
      .selectFrom('statements')
      .selectAll()
      .where('debate_id', '=', debateId)
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .execute();
    if (rows.length === 0) return [];
    const owners = await this.db
      .selectFrom('statement_delegations')
      .select(['statement_id', 'delegation_id'])
      .where(
        'statement_id',
        'in',
        rows.map((row) => row.id),
      )
      .execute();
    const byStatement = new Map<string, string[]>();
    for (const owner of owners) {
      byStatement.set(owner.statement_id, [
        ...(byStatement.get(owner.statement_id) ?? []),
        owner.delegation_id,
      ]);
    }
    return rows.map((row) => toStatement(row, (byStatement.get(row.id) ?? []).sort()));
  }

  async rename(id: string, title: string): Promise<StatementRecord | undefined> {
    await this.db
      .updateTable('statements')
      .set({ title, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
    return this.get(id);
  }

  /** Changes the workflow columns, only if the status is still `from` (no lost race). */
  async transition(
    id: string,
    from: StatementStatus,
    to: {
      status: StatementStatus;
      revision?: number;
      clearedVersionId?: string | null;
      submittedVersionId?: string | null;
    },
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('statements')
      .set({
        status: to.status,
        ...(to.revision !== undefined ? { revision: to.revision } : {}),
        ...(to.clearedVersionId !== undefined ? { cleared_version_id: to.clearedVersionId } : {}),
        ...(to.submittedVersionId !== undefined
          ? { submitted_version_id: to.submittedVersionId }
          : {}),
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async touch(id: string): Promise<void> {
    await this.db
      .updateTable('statements')
      .set({ updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
  }

  /** Deletes the statement and its text in one transaction; false when it did not exist. */
  remove(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('document_updates').where('document_id', '=', id).execute();
      const result = await trx.deleteFrom('statements').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }
}
