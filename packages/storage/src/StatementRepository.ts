import type { StatementStatus, StatementsTable } from './DatabaseSchema.js';
import type { PlenaryDb } from './openSqliteDatabase.js';
import { PrecompiledQuery } from './PrecompiledQuery.js';
import { transact } from './transact.js';
import type { StatementRecord } from './records.js';
import { trashedBefore } from './trashRows.js';

type StatementRow = StatementsTable & { sent_back_by_name: string | null };

const toStatement = (row: StatementRow, delegationIds: string[]): StatementRecord => ({
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
  sentBack:
    row.sent_back_reason !== null
      ? {
          reason: row.sent_back_reason,
          by: row.sent_back_by,
          byName: row.sent_back_by_name,
          at: row.sent_back_at ?? '',
        }
      : null,
  deletedAt: row.deleted_at,
  deletedBy: row.deleted_by,
});

/** Statements per `UPDATE` of `touchAll` (well under SQLite's limit on a statement's parameters). */
const TOUCH_CHUNK = 500;

export class StatementRepository {
  /** Every open of a statement's document reads it: compiled once (PrecompiledQuery). */
  private readonly byId = new PrecompiledQuery(
    (slot) =>
      this.rows()
        .leftJoin('statement_delegations', 'statement_delegations.statement_id', 'statements.id')
        .select('statement_delegations.delegation_id as owner_delegation_id')
        .where('statements.id', '=', slot(0)),
    1,
  );

  /**
   * A statement's first stored edit in a while writes "updated at": with thousands of
   * statements opened and edited at once, building this query anew each time was the largest
   * query-builder cost left on the open path (a profile at 5,000 statements, docs/performance.md).
   */
  private readonly touchById = new PrecompiledQuery(
    (slot) =>
      this.db
        .updateTable('statements')
        .set({ updated_at: slot(0) })
        .where('id', '=', slot(1)),
    2,
  );

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
      sent_back_reason: null,
      sent_back_by: null,
      sent_back_at: null,
      deleted_at: null,
      deleted_by: null,
    };
    return transact(this.db, async (trx) => {
      await trx.insertInto('statements').values(row).execute();
      // An outcome document's text belongs to no delegation.
      if (input.delegationIds.length === 0)
        return toStatement({ ...row, sent_back_by_name: null }, []);
      await trx
        .insertInto('statement_delegations')
        .values(
          input.delegationIds.map((delegationId) => ({
            statement_id: input.id,
            delegation_id: delegationId,
          })),
        )
        .execute();
      return toStatement({ ...row, sent_back_by_name: null }, [...input.delegationIds]);
    });
  }

  /** The statement unless it is in the Trash (see `getIncludingTrash`). */
  async get(id: string): Promise<StatementRecord | undefined> {
    const statement = await this.getIncludingTrash(id);
    return statement?.deletedAt === null ? statement : undefined;
  }

  /** One query (every open of a statement's document asks): a row per owning delegation. */
  async getIncludingTrash(id: string): Promise<StatementRecord | undefined> {
    const { rows } = await this.db.executeQuery(this.byId.with([id]));
    const first = rows[0];
    if (!first) return undefined;
    const { owner_delegation_id: _owner, ...row } = first;
    const owners = rows.flatMap((r) => (r.owner_delegation_id ? [r.owner_delegation_id] : []));
    return toStatement(row, owners.sort());
  }

  /** Statements of a debate (not in the Trash), newest change first, with their delegations. */
  listByDebate(debateId: string): Promise<StatementRecord[]> {
    return this.list(debateId, false);
  }

  /** The debate's statements in the Trash, most recently deleted first. */
  listTrash(debateId: string): Promise<StatementRecord[]> {
    return this.list(debateId, true);
  }

  private async list(debateId: string, trashed: boolean): Promise<StatementRecord[]> {
    const rows = await this.rows()
      .where('statements.debate_id', '=', debateId)
      .where('statements.deleted_at', trashed ? 'is not' : 'is', null)
      // A debate's outcome document is a shared text, not one of the delegations' statements.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('outcome_documents')
              .select('outcome_documents.id')
              .whereRef('outcome_documents.statement_id', '=', 'statements.id'),
          ),
        ),
      )
      .orderBy(trashed ? 'statements.deleted_at' : 'statements.updated_at', 'desc')
      .orderBy('statements.id')
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

  /** Statement rows with the name of whoever last sent them back. */
  private rows() {
    return this.db
      .selectFrom('statements')
      .leftJoin('users', 'users.id', 'statements.sent_back_by')
      .selectAll('statements')
      .select('users.display_name as sent_back_by_name');
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
      /** The reason of a send-back, shown until the next status change (null clears it). */
      sentBack?: { reason: string; by: string } | null;
    },
  ): Promise<boolean> {
    const now = new Date().toISOString();
    const result = await this.db
      .updateTable('statements')
      .set({
        status: to.status,
        ...(to.revision !== undefined ? { revision: to.revision } : {}),
        ...(to.clearedVersionId !== undefined ? { cleared_version_id: to.clearedVersionId } : {}),
        ...(to.submittedVersionId !== undefined
          ? { submitted_version_id: to.submittedVersionId }
          : {}),
        sent_back_reason: to.sentBack?.reason ?? null,
        sent_back_by: to.sentBack?.by ?? null,
        sent_back_at: to.sentBack ? now : null,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('status', '=', from)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async touch(id: string): Promise<void> {
    await this.db.executeQuery(this.touchById.with([new Date().toISOString(), id]));
  }

  /**
   * Writes one "updated at" for several statements, in one `UPDATE` per `TOUCH_CHUNK` of them:
   * the server writes its edits' touches behind, together (one commit instead of one each).
   */
  async touchAll(ids: readonly string[]): Promise<void> {
    const at = new Date().toISOString();
    for (let start = 0; start < ids.length; start += TOUCH_CHUNK) {
      await this.db
        .updateTable('statements')
        .set({ updated_at: at })
        .where('id', 'in', ids.slice(start, start + TOUCH_CHUNK))
        .execute();
    }
  }

  /**
   * Moves the statement to the Trash; false when it is already there, gone, or submitted
   * (checked in the same statement, so a submission at the same moment cannot be lost).
   */
  async trash(id: string, deletedBy: string): Promise<boolean> {
    const result = await this.db
      .updateTable('statements')
      .set({ deleted_at: new Date().toISOString(), deleted_by: deletedBy })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .where('status', '<>', 'submitted')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async untrash(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('statements')
      .set({ deleted_at: null, deleted_by: null, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .where('deleted_at', 'is not', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Ids of statements deleted before `cutoff` (ISO), for the purge. */
  async trashedBefore(cutoff: string): Promise<string[]> {
    return trashedBefore(this.db, 'statements', cutoff);
  }

  /** Deletes the statement and its text for good, in one transaction; false when absent. */
  remove(id: string): Promise<boolean> {
    return transact(this.db, async (trx) => {
      await trx.deleteFrom('document_updates').where('document_id', '=', id).execute();
      const result = await trx.deleteFrom('statements').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }
}
