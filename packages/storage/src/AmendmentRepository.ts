// Amendments to an outcome document, the positions delegations take on them (support or
// objection), and the status of each paragraph as negotiators mark it.
import type {
  AmendmentAction,
  AmendmentStatus,
  OutcomeAmendmentsTable,
  ParagraphStatus,
} from './DatabaseSchema.js';
import type { PlenaryDb } from './openSqliteDatabase.js';

export interface PositionRecord {
  delegationId: string;
  delegationName: string;
  stance: 'support' | 'object';
  comment: string;
  userId: string;
  createdAt: string;
}

export interface AmendmentRecord {
  id: string;
  outcomeId: string;
  delegationId: string;
  delegationName: string;
  paragraph: number;
  action: AmendmentAction;
  originalText: string;
  proposedText: string;
  justification: string;
  status: AmendmentStatus;
  decidedText: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdBy: string;
  createdAt: string;
  /** The id of its suggestion marks in the text; null for an amendment proposed by form. */
  suggestionId: string | null;
  positions: PositionRecord[];
}

export interface ParagraphStatusRecord {
  paragraphId: string;
  status: ParagraphStatus;
  holders: string[];
  updatedBy: string;
  updatedAt: string;
}

type AmendmentRow = OutcomeAmendmentsTable & { delegation_name: string };

export class AmendmentRepository {
  constructor(private readonly db: PlenaryDb) {}

  async create(
    input: Omit<
      OutcomeAmendmentsTable,
      'status' | 'decided_text' | 'decided_by' | 'decided_at' | 'created_at'
    >,
  ): Promise<void> {
    await this.db
      .insertInto('outcome_amendments')
      .values({
        ...input,
        status: 'proposed',
        decided_text: null,
        decided_by: null,
        decided_at: null,
        created_at: new Date().toISOString(),
      })
      .execute();
  }

  /** Oldest first, each with the positions taken on it. */
  async list(outcomeId: string): Promise<AmendmentRecord[]> {
    const rows = await this.query().where('a.outcome_id', '=', outcomeId).execute();
    return this.withPositions(rows);
  }

  async get(id: string): Promise<AmendmentRecord | undefined> {
    const rows = await this.query().where('a.id', '=', id).execute();
    return (await this.withPositions(rows))[0];
  }

  /** Records the penholder's decision; false if it was already decided. */
  async decide(
    id: string,
    decision: { status: 'accepted' | 'rejected'; text: string | null; userId: string },
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('outcome_amendments')
      .set({
        status: decision.status,
        decided_text: decision.text,
        decided_by: decision.userId,
        decided_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .where('status', '=', 'proposed')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** One position per delegation and amendment; taking another replaces it. */
  async setPosition(input: {
    amendmentId: string;
    delegationId: string;
    stance: 'support' | 'object';
    comment: string;
    userId: string;
  }): Promise<void> {
    const row = {
      amendment_id: input.amendmentId,
      delegation_id: input.delegationId,
      stance: input.stance,
      comment: input.comment,
      user_id: input.userId,
      created_at: new Date().toISOString(),
    };
    await this.db
      .insertInto('outcome_positions')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['amendment_id', 'delegation_id']).doUpdateSet({
          stance: row.stance,
          comment: row.comment,
          user_id: row.user_id,
          created_at: row.created_at,
        }),
      )
      .execute();
  }

  async setParagraphStatus(input: {
    outcomeId: string;
    paragraphId: string;
    status: ParagraphStatus;
    holders: string[];
    userId: string;
  }): Promise<void> {
    const row = {
      outcome_id: input.outcomeId,
      paragraph_id: input.paragraphId,
      status: input.status,
      holders: JSON.stringify(input.holders),
      updated_by: input.userId,
      updated_at: new Date().toISOString(),
    };
    await this.db
      .insertInto('outcome_paragraphs')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['outcome_id', 'paragraph_id']).doUpdateSet({
          status: row.status,
          holders: row.holders,
          updated_by: row.updated_by,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  }

  async paragraphStatuses(outcomeId: string): Promise<ParagraphStatusRecord[]> {
    const rows = await this.db
      .selectFrom('outcome_paragraphs')
      .selectAll()
      .where('outcome_id', '=', outcomeId)
      .orderBy('paragraph_id')
      .execute();
    return rows.map((row) => ({
      paragraphId: row.paragraph_id,
      status: row.status,
      holders: JSON.parse(row.holders) as string[],
      updatedBy: row.updated_by,
      updatedAt: row.updated_at,
    }));
  }

  private query() {
    return this.db
      .selectFrom('outcome_amendments as a')
      .innerJoin('delegations as d', 'd.id', 'a.delegation_id')
      .selectAll('a')
      .select('d.name as delegation_name')
      .orderBy('a.created_at')
      .orderBy('a.id');
  }

  private async withPositions(rows: AmendmentRow[]): Promise<AmendmentRecord[]> {
    if (rows.length === 0) return [];
    const positions = await this.db
      .selectFrom('outcome_positions as p')
      .innerJoin('delegations as d', 'd.id', 'p.delegation_id')
      .selectAll('p')
      .select('d.name as delegation_name')
      .where(
        'p.amendment_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('p.created_at')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      outcomeId: row.outcome_id,
      delegationId: row.delegation_id,
      delegationName: row.delegation_name,
      paragraph: row.paragraph,
      action: row.action,
      originalText: row.original_text,
      proposedText: row.proposed_text,
      justification: row.justification,
      status: row.status,
      decidedText: row.decided_text,
      decidedBy: row.decided_by,
      decidedAt: row.decided_at,
      createdBy: row.created_by,
      createdAt: row.created_at,
      suggestionId: row.suggestion_id,
      positions: positions
        .filter((p) => p.amendment_id === row.id)
        .map((p) => ({
          delegationId: p.delegation_id,
          delegationName: p.delegation_name,
          stance: p.stance,
          comment: p.comment,
          userId: p.user_id,
          createdAt: p.created_at,
        })),
    }));
  }
}
