import type { InvitationRole, InvitationsTable } from './DatabaseSchema.js';
import type { PlenaryDb } from './openSqliteDatabase.js';
import type { InvitationRecord } from './records.js';

const toInvitation = (row: InvitationsTable): InvitationRecord => ({
  id: row.id,
  debateId: row.debate_id,
  delegationId: row.delegation_id,
  email: row.email,
  role: row.role,
  invitedBy: row.invited_by,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  acceptedAt: row.accepted_at,
  acceptedBy: row.accepted_by,
  revokedAt: row.revoked_at,
});

export class InvitationRepository {
  constructor(private readonly db: PlenaryDb) {}

  async create(input: {
    id: string;
    tokenHash: string;
    debateId: string;
    delegationId: string | null;
    email: string;
    role: InvitationRole;
    invitedBy: string;
    expiresAt: string;
  }): Promise<InvitationRecord> {
    const row: InvitationsTable = {
      id: input.id,
      token_hash: input.tokenHash,
      debate_id: input.debateId,
      delegation_id: input.delegationId,
      email: input.email,
      role: input.role,
      invited_by: input.invitedBy,
      created_at: new Date().toISOString(),
      expires_at: input.expiresAt,
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    };
    await this.db.insertInto('invitations').values(row).execute();
    return toInvitation(row);
  }

  async get(id: string): Promise<InvitationRecord | undefined> {
    const row = await this.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toInvitation(row);
  }

  async findByTokenHash(tokenHash: string): Promise<InvitationRecord | undefined> {
    const row = await this.db
      .selectFrom('invitations')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row && toInvitation(row);
  }

  async listByDebate(debateId: string): Promise<InvitationRecord[]> {
    const rows = await this.db
      .selectFrom('invitations')
      .selectAll()
      .where('debate_id', '=', debateId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toInvitation);
  }

  /** Marks the invitation used, once: returns false if it was already accepted or revoked. */
  async markAccepted(id: string, userId: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invitations')
      .set({ accepted_at: new Date().toISOString(), accepted_by: userId })
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async revoke(id: string): Promise<void> {
    await this.db
      .updateTable('invitations')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .execute();
  }
}
