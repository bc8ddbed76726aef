import type { DebatesTable } from './DatabaseSchema.js';
import type { PlenaryDb } from './openSqliteDatabase.js';
import { transact } from './transact.js';
import { PRESIDENT_SALUTATIONS, type DebateFields, type DebateRecord } from './records.js';
import { moveToTrash, takeFromTrash, trashedBefore } from './trashRows.js';

const toDebate = (row: DebatesTable): DebateRecord => ({
  id: row.id,
  theme: row.theme,
  body: row.body,
  meetingDate: row.meeting_date,
  meetingTime: row.meeting_time,
  presidency: row.presidency,
  convener: row.convener ?? null,
  format: row.format,
  speakingLimitMinutes: row.speaking_limit_minutes,
  submissionEmail: row.submission_email,
  submissionDeadline: row.submission_deadline,
  expectedOutcome: row.expected_outcome,
  speakingLimitStrict: row.speaking_limit_strict === 1,
  trainingExercise: row.training_exercise === 1,
  presidentSalutation: PRESIDENT_SALUTATIONS.find((s) => s === row.president_salutation) ?? null,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

const toColumns = (fields: Partial<DebateFields>): Partial<DebatesTable> => {
  const columns: Partial<DebatesTable> = {};
  if (fields.theme !== undefined) columns.theme = fields.theme;
  if (fields.body !== undefined) columns.body = fields.body;
  if (fields.meetingDate !== undefined) columns.meeting_date = fields.meetingDate;
  if (fields.meetingTime !== undefined) columns.meeting_time = fields.meetingTime;
  if (fields.presidency !== undefined) columns.presidency = fields.presidency;
  if (fields.convener !== undefined) columns.convener = fields.convener;
  if (fields.format !== undefined) columns.format = fields.format;
  if (fields.speakingLimitMinutes !== undefined)
    columns.speaking_limit_minutes = fields.speakingLimitMinutes;
  if (fields.submissionEmail !== undefined) columns.submission_email = fields.submissionEmail;
  if (fields.submissionDeadline !== undefined)
    columns.submission_deadline = fields.submissionDeadline;
  if (fields.expectedOutcome !== undefined) columns.expected_outcome = fields.expectedOutcome;
  if (fields.speakingLimitStrict !== undefined)
    columns.speaking_limit_strict = fields.speakingLimitStrict ? 1 : 0;
  if (fields.trainingExercise !== undefined)
    columns.training_exercise = fields.trainingExercise ? 1 : 0;
  if (fields.presidentSalutation !== undefined)
    columns.president_salutation = fields.presidentSalutation;
  return columns;
};

export class DebateRepository {
  constructor(private readonly db: PlenaryDb) {}

  /** Creates the debate with its creator as first organizer. */
  create(input: { id: string; createdBy: string; fields: DebateFields }): Promise<DebateRecord> {
    const now = new Date().toISOString();
    const row: DebatesTable = {
      ...(toColumns(input.fields) as Omit<DebatesTable, 'id'>),
      speaking_limit_strict: input.fields.speakingLimitStrict ? 1 : 0,
      training_exercise: input.fields.trainingExercise ? 1 : 0,
      president_salutation: input.fields.presidentSalutation ?? null,
      id: input.id,
      created_by: input.createdBy,
      created_at: now,
      updated_at: now,
      deleted_at: null,
      deleted_by: null,
    };
    return transact(this.db, async (trx) => {
      await trx.insertInto('debates').values(row).execute();
      await trx
        .insertInto('debate_organizers')
        .values({ debate_id: input.id, user_id: input.createdBy, created_at: now })
        .execute();
      return toDebate(row);
    });
  }

  /** The debate unless it is in the Trash (see `getIncludingTrash`). */
  async get(id: string): Promise<DebateRecord | undefined> {
    const debate = await this.getIncludingTrash(id);
    return debate?.deletedAt === null ? debate : undefined;
  }

  async getIncludingTrash(id: string): Promise<DebateRecord | undefined> {
    const row = await this.db
      .selectFrom('debates')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toDebate(row);
  }

  async update(id: string, fields: Partial<DebateFields>): Promise<DebateRecord | undefined> {
    await this.db
      .updateTable('debates')
      .set({ ...toColumns(fields), updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
    return this.get(id);
  }

  /** Moves the debate (and with it everything in it) to the Trash; false if already there. */
  async trash(id: string, deletedBy: string): Promise<boolean> {
    return moveToTrash(this.db, 'debates', id, deletedBy);
  }

  async untrash(id: string): Promise<boolean> {
    return takeFromTrash(this.db, 'debates', id);
  }

  /** Debates in the Trash that the user organizes (every one for `userId` null: an admin). */
  async listTrash(userId: string | null): Promise<DebateRecord[]> {
    let query = this.db
      .selectFrom('debates')
      .selectAll()
      .where('deleted_at', 'is not', null)
      .orderBy('deleted_at', 'desc');
    if (userId !== null) {
      query = query.where(
        'id',
        'in',
        this.db.selectFrom('debate_organizers').select('debate_id').where('user_id', '=', userId),
      );
    }
    return (await query.execute()).map(toDebate);
  }

  async trashedBefore(cutoff: string): Promise<string[]> {
    return trashedBefore(this.db, 'debates', cutoff);
  }

  /** Deletes for good: everything in the debate goes with it (foreign keys cascade). */
  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('debates').where('id', '=', id).execute();
  }

  /** Debates the user organizes or belongs to through a delegation. */
  async listForUser(userId: string): Promise<DebateRecord[]> {
    const rows = await this.db
      .selectFrom('debates')
      .selectAll()
      .where('deleted_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb(
            'id',
            'in',
            eb.selectFrom('debate_organizers').select('debate_id').where('user_id', '=', userId),
          ),
          eb(
            'id',
            'in',
            eb
              .selectFrom('memberships')
              .innerJoin('delegations', 'delegations.id', 'memberships.delegation_id')
              .select('delegations.debate_id')
              .where('memberships.user_id', '=', userId),
          ),
        ]),
      )
      .orderBy('meeting_date', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toDebate);
  }

  async listAll(): Promise<DebateRecord[]> {
    const rows = await this.db
      .selectFrom('debates')
      .selectAll()
      .where('deleted_at', 'is', null)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toDebate);
  }

  async organizerIds(debateId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('debate_organizers')
      .select('user_id')
      .where('debate_id', '=', debateId)
      .execute();
    return rows.map((row) => row.user_id);
  }

  /** Debates the user organizes, leaving out those in the Trash. */
  async organizedBy(userId: string): Promise<string[]> {
    const rows = await this.organizedQuery(userId).execute();
    return rows.map((row) => row.debate_id);
  }

  /** Training exercises the user runs as trainer (organizer), leaving out those in the Trash. */
  async trainingOrganizedBy(userId: string): Promise<string[]> {
    const rows = await this.organizedQuery(userId)
      .where('debates.training_exercise', '=', 1)
      .execute();
    return rows.map((row) => row.debate_id);
  }

  private organizedQuery(userId: string) {
    return this.db
      .selectFrom('debate_organizers')
      .innerJoin('debates', 'debates.id', 'debate_organizers.debate_id')
      .select('debate_organizers.debate_id')
      .where('debate_organizers.user_id', '=', userId)
      .where('debates.deleted_at', 'is', null);
  }

  async addOrganizer(debateId: string, userId: string): Promise<void> {
    await this.db
      .insertInto('debate_organizers')
      .values({ debate_id: debateId, user_id: userId, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
