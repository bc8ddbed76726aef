import type { PlenaryDb } from './openSqliteDatabase.js';
import { transact } from './transact.js';
import type { DebateFields } from './records.js';

export interface LabelledText {
  label: string;
  text: string;
}

export interface DebatePoints {
  objectives: LabelledText[];
  discussionPoints: LabelledText[];
}

export interface ConceptNoteSource {
  fileName: string;
  format: string;
  text: string;
  symbol: string | null;
}

/** A debate's objectives and discussion points, and the concept note they came from. */
export class DiscussionPointRepository {
  constructor(private readonly db: PlenaryDb) {}

  async list(debateId: string): Promise<DebatePoints> {
    const rows = await this.db
      .selectFrom('discussion_points')
      .select(['kind', 'label', 'text'])
      .where('debate_id', '=', debateId)
      .orderBy('position')
      .execute();
    const pick = (kind: string) =>
      rows.filter((r) => r.kind === kind).map(({ label, text }) => ({ label, text }));
    return { objectives: pick('objective'), discussionPoints: pick('point') };
  }

  /**
   * Applies a confirmed concept-note import in one transaction: the debate's fields, its
   * points (replacing earlier ones) and the source text. Nothing is half-imported.
   */
  async applyImport(
    debateId: string,
    userId: string,
    input: { fields: Partial<DebateFields>; points: DebatePoints; source: ConceptNoteSource },
  ): Promise<void> {
    const now = new Date().toISOString();
    await transact(this.db, async (trx) => {
      const f = input.fields;
      await trx
        .updateTable('debates')
        .set({
          ...(f.theme !== undefined ? { theme: f.theme } : {}),
          body: f.body ?? null,
          meeting_date: f.meetingDate ?? null,
          meeting_time: f.meetingTime ?? null,
          presidency: f.presidency ?? null,
          convener: f.convener ?? null,
          format: f.format ?? null,
          speaking_limit_minutes: f.speakingLimitMinutes ?? null,
          submission_email: f.submissionEmail ?? null,
          submission_deadline: f.submissionDeadline ?? null,
          expected_outcome: f.expectedOutcome ?? null,
          updated_at: now,
        })
        .where('id', '=', debateId)
        .execute();
      await trx.deleteFrom('discussion_points').where('debate_id', '=', debateId).execute();
      const rows = [
        ...input.points.objectives.map((p, i) => ({
          ...p,
          kind: 'objective' as const,
          position: i,
        })),
        ...input.points.discussionPoints.map((p, i) => ({
          ...p,
          kind: 'point' as const,
          position: i,
        })),
      ].map((p) => ({ debate_id: debateId, ...p }));
      if (rows.length > 0) await trx.insertInto('discussion_points').values(rows).execute();
      const note = {
        debate_id: debateId,
        file_name: input.source.fileName,
        format: input.source.format,
        text: input.source.text,
        symbol: input.source.symbol,
        imported_by: userId,
        imported_at: now,
      };
      await trx
        .insertInto('concept_notes')
        .values(note)
        .onConflict((oc) => oc.column('debate_id').doUpdateSet(note))
        .execute();
    });
  }
}
