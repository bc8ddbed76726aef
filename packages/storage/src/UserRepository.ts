import type { PlenaryDb } from './openSqliteDatabase.js';
import type { UserRecord } from './records.js';
import type { UsersTable } from './DatabaseSchema.js';

const toUser = (row: UsersTable): UserRecord => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  isAdmin: row.is_admin === 1,
  createdAt: row.created_at,
});

export class UserRepository {
  constructor(private readonly db: PlenaryDb) {}

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async create(input: {
    id: string;
    email: string;
    displayName: string;
    passwordHash: string;
    isAdmin: boolean;
  }): Promise<UserRecord> {
    const now = new Date().toISOString();
    const row: UsersTable = {
      id: input.id,
      email: input.email,
      display_name: input.displayName,
      password_hash: input.passwordHash,
      is_admin: input.isAdmin ? 1 : 0,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto('users').values(row).execute();
    return toUser(row);
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', id)
      .execute();
  }

  async findById(id: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toUser(row);
  }

  /** The user and their password hash, for signing in. */
  async findCredentials(
    email: string,
  ): Promise<{ user: UserRecord; passwordHash: string } | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirst();
    return row && { user: toUser(row), passwordHash: row.password_hash };
  }

  async findByEmail(email: string): Promise<UserRecord | undefined> {
    return (await this.findCredentials(email))?.user;
  }
}
