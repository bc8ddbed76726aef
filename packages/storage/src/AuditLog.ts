import type { PlenaryDb } from './openSqliteDatabase.js';
import type { AuditEventRecord } from './records.js';

export interface AuditEventInput {
  actorId: string | null;
  action: string;
  debateId?: string | null;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

/** Who did what, when: sign-ins, role changes, invitations, revocations, status changes. */
export class AuditLog {
  constructor(private readonly db: PlenaryDb) {}

  async record(event: AuditEventInput): Promise<void> {
    await this.db
      .insertInto('audit_events')
      .values({
        at: new Date().toISOString(),
        actor_id: event.actorId,
        action: event.action,
        debate_id: event.debateId ?? null,
        subject_type: event.subjectType,
        subject_id: event.subjectId,
        data: JSON.stringify(event.data ?? {}),
      })
      .execute();
  }

  async list(
    filter: { debateId?: string; subjectId?: string; limit?: number } = {},
  ): Promise<AuditEventRecord[]> {
    let query = this.db
      .selectFrom('audit_events')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 200);
    if (filter.debateId) query = query.where('debate_id', '=', filter.debateId);
    if (filter.subjectId) query = query.where('subject_id', '=', filter.subjectId);
    const rows = await query.execute();
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actorId: row.actor_id,
      action: row.action,
      debateId: row.debate_id,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      data: JSON.parse(row.data) as Record<string, unknown>,
    }));
  }
}
