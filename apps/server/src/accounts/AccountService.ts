// Accounts: first-run setup, sign-in and user creation. No default password exists anywhere.
import { randomUUID } from 'node:crypto';
import type { Stores, UserRecord } from '@plenary/storage';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/passwords.js';
import { AppError } from '../errors/AppError.js';
import { auditedChange } from '../audit/auditedChange.js';

export class AccountService {
  constructor(private readonly stores: Stores) {}

  async needsSetup(): Promise<boolean> {
    return (await this.stores.users.count()) === 0;
  }

  async createUser(input: {
    email: string;
    displayName: string;
    password: string;
    isAdmin?: boolean;
  }): Promise<UserRecord> {
    if (await this.stores.users.findByEmail(input.email)) {
      throw new AppError(
        'user.email_taken',
        409,
        `An account for ${input.email} already exists. Sign in instead.`,
      );
    }
    const id = randomUUID();
    const passwordHash = await hashPassword(input.password);
    return auditedChange(
      this.stores,
      (tx) =>
        tx.users.create({
          id,
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          isAdmin: input.isAdmin ?? false,
        }),
      { actorId: id, action: 'user.created', subjectType: 'user', subjectId: id },
    );
  }

  /** Creates the first administrator; refused once any account exists. */
  async setup(input: {
    email: string;
    displayName: string;
    password: string;
  }): Promise<UserRecord> {
    if (!(await this.needsSetup())) {
      throw new AppError(
        'setup.done',
        409,
        'Plenary is already set up. Sign in, or ask an administrator for an invitation.',
      );
    }
    return this.createUser({ ...input, isAdmin: true });
  }

  /** Checks a password; unknown emails take as long as wrong passwords. */
  async verify(email: string, password: string): Promise<UserRecord | undefined> {
    const found = await this.stores.users.findCredentials(email);
    const ok = await verifyPassword(password, found?.passwordHash ?? DUMMY_HASH);
    return ok && found ? found.user : undefined;
  }
}
