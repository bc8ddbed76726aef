import type { PlenaryDb } from './openSqliteDatabase.js';

/**
 * Browsers an account has signed in on, keyed by the SHA-256 of a random device cookie.
 * Guessing from unknown browsers cannot lock the owner out of a browser listed here.
 */
export class DeviceRepository {
  constructor(private readonly db: PlenaryDb) {}

  async remember(tokenHash: string, userId: string): Promise<void> {
    const now = new Date().toISOString();
    await this.db
      .insertInto('known_devices')
      .values({ token_hash: tokenHash, user_id: userId, created_at: now, last_used_at: now })
      .onConflict((oc) => oc.columns(['token_hash', 'user_id']).doUpdateSet({ last_used_at: now }))
      .execute();
  }

  /** Whether the browser holding this device token has signed in as the account with this email. */
  async isKnown(tokenHash: string, email: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('known_devices')
      .innerJoin('users', 'users.id', 'known_devices.user_id')
      .select('known_devices.user_id')
      .where('known_devices.token_hash', '=', tokenHash)
      .where('users.email', '=', email)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** After a password change: every browser must prove the new password once. */
  async forgetUser(userId: string): Promise<void> {
    await this.db.deleteFrom('known_devices').where('user_id', '=', userId).execute();
  }
}
