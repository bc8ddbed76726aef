import type { PlenaryDb } from './openSqliteDatabase.js';

export interface SessionRow {
  id: string;
  userId: string;
  expiresAt: string;
  lastSeenAt: string;
}

/** Sessions keyed by the SHA-256 of their token: a leaked database holds no usable cookie. */
export class SessionRepository {
  constructor(private readonly db: PlenaryDb) {}

  async create(session: { id: string; userId: string; expiresAt: string }): Promise<void> {
    const now = new Date().toISOString();
    await this.db
      .insertInto('sessions')
      .values({
        id: session.id,
        user_id: session.userId,
        created_at: now,
        expires_at: session.expiresAt,
        last_seen_at: now,
      })
      .execute();
  }

  async find(id: string): Promise<SessionRow | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        userId: row.user_id,
        expiresAt: row.expires_at,
        lastSeenAt: row.last_seen_at,
      }
    );
  }

  async extend(id: string, expiresAt: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ expires_at: expiresAt, last_seen_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
  }

  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  /** Ends every session of the user but one (after a password change); returns the ids ended. */
  async removeOthers(userId: string, keepId: string): Promise<string[]> {
    const rows = await this.db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('id', '!=', keepId)
      .returning('id')
      .execute();
    return rows.map((row) => row.id);
  }

  async removeExpired(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<', now).execute();
  }
}
