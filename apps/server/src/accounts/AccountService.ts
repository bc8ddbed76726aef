// Accounts: first-run setup, sign-in and user creation. No default password exists anywhere.
import { randomUUID } from 'node:crypto';
import { loadPasswordCheck } from '@plenary/accounts';
import { PasswordCheckThread, PasswordCheckTimeout } from '@plenary/accounts/thread';
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
    await checkPassword(input.password, [input.email, input.displayName]);
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

  /**
   * Sets a new password (the caller has checked the current one), forgets the browsers the
   * account signed in on and returns the ids of its other sessions, which it ends.
   */
  async changePassword(
    user: UserRecord,
    password: string,
    keepSessionId: string,
  ): Promise<string[]> {
    await checkPassword(password, [user.email, user.displayName]);
    const hash = await hashPassword(password);
    // The new password, the forgotten browsers, the ended sessions and the record commit together.
    const ended = await auditedChange(
      this.stores,
      async (tx) => {
        await tx.users.setPasswordHash(user.id, hash);
        await tx.devices.forgetUser(user.id);
        return tx.sessions.removeOthers(user.id, keepSessionId);
      },
      (sessions) => ({
        actorId: user.id,
        action: 'user.password_changed',
        subjectType: 'user',
        subjectId: user.id,
        data: { sessionsEnded: sessions.length },
      }),
    );
    return ended;
  }

  /** Checks a password; unknown emails take as long as wrong passwords. */
  async verify(email: string, password: string): Promise<UserRecord | undefined> {
    const found = await this.stores.users.findCredentials(email);
    const ok = await verifyPassword(password, found?.passwordHash ?? DUMMY_HASH);
    return ok && found ? found.user : undefined;
  }
}

// The rule's dictionaries stay off the server's heap, in a thread of their own.
const passwordChecks = new PasswordCheckThread();

/** Refuses a password the strength rule refuses, with its named code (`password.too_weak`…). */
async function checkPassword(password: string, context: string[]): Promise<void> {
  // Should the thread fail (it cannot start, or runs out of memory), the same rule runs here
  // rather than refusing everyone's registration. A check the thread did not answer in time
  // means an overloaded machine: loading the dictionaries here as well would only add to the
  // load and keep them on this heap for good, so the person is asked to send it again.
  const problem = await passwordChecks.check(password, context).catch(async (error: unknown) => {
    if (error instanceof PasswordCheckTimeout) {
      throw new AppError(
        'password.check_busy',
        503,
        'The server is too busy to check the new password just now. Nothing was changed: send it again in a few seconds.',
        { retryAfterSeconds: 5 },
      );
    }
    return (await loadPasswordCheck())(password, context);
  });
  if (problem) {
    throw new AppError(problem.code, 400, problem.message, {
      fields: [{ field: 'password', message: problem.message }],
    });
  }
}
