// The outcome document of each debate and its circulated revisions. The text itself is a
// statement's document (the collab machinery); these rows say who holds the pen and where the
// negotiation stands.
import type {
  OutcomeDocumentsTable,
  OutcomeKind,
  OutcomeRevisionsTable,
  OutcomeStatus,
  RevisionStatus,
} from './DatabaseSchema.js';
import { debateParticipants } from './debateMembers.js';
import type { PlenaryDb } from './openSqliteDatabase.js';
import { PrecompiledQuery } from './PrecompiledQuery.js';

export interface OutcomeRecord {
  id: string;
  debateId: string;
  statementId: string;
  kind: OutcomeKind;
  penholderDelegationId: string | null;
  status: OutcomeStatus;
  silenceRevisionId: string | null;
  silenceDeadline: string | null;
  createdBy: string;
  createdAt: string;
}

export interface RevisionRecord {
  id: string;
  outcomeId: string;
  number: number;
  name: string;
  versionId: string;
  status: RevisionStatus;
  circulatedBy: string;
  circulatedAt: string;
  silenceBrokenBy: string | null;
  silenceBrokenReason: string | null;
  adoptedAt: string | null;
}

/** "Zero draft", "Rev. 1", "Rev. 2"… */
export const revisionName = (number: number): string =>
  number === 0 ? 'Zero draft' : `Rev. ${number}`;

const toOutcome = (row: OutcomeDocumentsTable): OutcomeRecord => ({
  id: row.id,
  debateId: row.debate_id,
  statementId: row.statement_id,
  kind: row.kind,
  penholderDelegationId: row.penholder_delegation_id,
  status: row.status,
  silenceRevisionId: row.silence_revision_id,
  silenceDeadline: row.silence_deadline,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

const toRevision = (row: OutcomeRevisionsTable): RevisionRecord => ({
  id: row.id,
  outcomeId: row.outcome_id,
  number: row.number,
  name: revisionName(row.number),
  versionId: row.version_id,
  status: row.status,
  circulatedBy: row.circulated_by,
  circulatedAt: row.circulated_at,
  silenceBrokenBy: row.silence_broken_by,
  silenceBrokenReason: row.silence_broken_reason,
  adoptedAt: row.adopted_at,
});

export class OutcomeRepository {
  /** Every open of a statement's document asks whether it is an outcome: compiled once. */
  private readonly byStatementId = new PrecompiledQuery(
    (slot) =>
      this.db.selectFrom('outcome_documents').selectAll().where('statement_id', '=', slot(0)),
    1,
  );

  constructor(private readonly db: PlenaryDb) {}

  async create(input: {
    id: string;
    debateId: string;
    statementId: string;
    kind: OutcomeKind;
    penholderDelegationId: string | null;
    createdBy: string;
  }): Promise<OutcomeRecord> {
    const row: OutcomeDocumentsTable = {
      id: input.id,
      debate_id: input.debateId,
      statement_id: input.statementId,
      kind: input.kind,
      penholder_delegation_id: input.penholderDelegationId,
      status: 'drafting',
      silence_revision_id: null,
      silence_deadline: null,
      created_by: input.createdBy,
      created_at: new Date().toISOString(),
    };
    await this.db.insertInto('outcome_documents').values(row).execute();
    return toOutcome(row);
  }

  async get(id: string): Promise<OutcomeRecord | undefined> {
    const row = await this.db
      .selectFrom('outcome_documents')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toOutcome(row);
  }

  async byDebate(debateId: string): Promise<OutcomeRecord | undefined> {
    const row = await this.db
      .selectFrom('outcome_documents')
      .selectAll()
      .where('debate_id', '=', debateId)
      .executeTakeFirst();
    return row && toOutcome(row);
  }

  async byStatement(statementId: string): Promise<OutcomeRecord | undefined> {
    const { rows } = await this.db.executeQuery(this.byStatementId.with([statementId]));
    const row = rows[0];
    return row && toOutcome(row);
  }

  /** Who hears of each step: the debate's organizers and every member of its delegations. */
  participants(debateId: string): Promise<string[]> {
    return debateParticipants(this.db, debateId);
  }

  async setPenholder(id: string, delegationId: string | null): Promise<void> {
    await this.db
      .updateTable('outcome_documents')
      .set({ penholder_delegation_id: delegationId })
      .where('id', '=', id)
      .execute();
  }

  /** Puts the revision under silence, unless the document is no longer being drafted. */
  async startSilence(id: string, revisionId: string, deadline: string): Promise<boolean> {
    const result = await this.db
      .updateTable('outcome_documents')
      .set({ status: 'silence', silence_revision_id: revisionId, silence_deadline: deadline })
      .where('id', '=', id)
      .where('status', '=', 'drafting')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await this.setRevisionStatus(revisionId, 'silence');
    return true;
  }

  /** Ends the silence (broken or passed); true for the one caller that changed it. */
  async endSilence(id: string, to: 'drafting' | 'adopted', before?: string): Promise<boolean> {
    let update = this.db
      .updateTable('outcome_documents')
      .set({ status: to, silence_deadline: null })
      .where('id', '=', id)
      .where('status', '=', 'silence');
    // The deadline checked in the same statement: a break that arrives late changes nothing.
    if (before !== undefined) update = update.where('silence_deadline', '>', before);
    const result = await update.executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Claims one outcome whose silence deadline has passed: of several processes, only the one
   * whose conditional UPDATE changes the row adopts it.
   */
  async claimPassedSilence(id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('outcome_documents')
      .set({ status: 'adopted', silence_deadline: null })
      .where('id', '=', id)
      .where('status', '=', 'silence')
      .where('silence_deadline', '<=', now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Outcomes under silence whose deadline is at or before `now`. */
  async silencesDue(now: string): Promise<OutcomeRecord[]> {
    const rows = await this.db
      .selectFrom('outcome_documents')
      .selectAll()
      .where('status', '=', 'silence')
      .where('silence_deadline', '<=', now)
      .execute();
    return rows.map(toOutcome);
  }

  async addRevision(input: {
    id: string;
    outcomeId: string;
    versionId: string;
    circulatedBy: string;
  }): Promise<RevisionRecord> {
    const last = await this.db
      .selectFrom('outcome_revisions')
      .select((eb) => eb.fn.max('number').as('number'))
      .where('outcome_id', '=', input.outcomeId)
      .executeTakeFirst();
    const number = last?.number === null || last?.number === undefined ? 0 : last.number + 1;
    const row: OutcomeRevisionsTable = {
      id: input.id,
      outcome_id: input.outcomeId,
      number: Number(number),
      version_id: input.versionId,
      status: 'circulated',
      circulated_by: input.circulatedBy,
      circulated_at: new Date().toISOString(),
      silence_broken_by: null,
      silence_broken_reason: null,
      adopted_at: null,
    };
    await this.db.insertInto('outcome_revisions').values(row).execute();
    return toRevision(row);
  }

  /** Oldest first. */
  async revisions(outcomeId: string): Promise<RevisionRecord[]> {
    const rows = await this.db
      .selectFrom('outcome_revisions')
      .selectAll()
      .where('outcome_id', '=', outcomeId)
      .orderBy('number')
      .execute();
    return rows.map(toRevision);
  }

  async revision(id: string): Promise<RevisionRecord | undefined> {
    const row = await this.db
      .selectFrom('outcome_revisions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRevision(row);
  }

  async setRevisionStatus(
    id: string,
    status: RevisionStatus,
    broken?: { delegationId: string; reason: string },
  ): Promise<void> {
    await this.db
      .updateTable('outcome_revisions')
      .set({
        status,
        ...(broken
          ? { silence_broken_by: broken.delegationId, silence_broken_reason: broken.reason }
          : {}),
        ...(status === 'adopted' ? { adopted_at: new Date().toISOString() } : {}),
      })
      .where('id', '=', id)
      .execute();
  }
}
