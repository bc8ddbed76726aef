// Database-backed sessions: the cookie holds a random token, the database its SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import type { Stores, UserRecord } from '@plenary/storage';
import { auditedChange } from '../audit/auditedChange.js';
import type { ClusterEvents } from '../cluster/ClusterEvents.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface AuthenticatedSession {
  sessionId: string;
  user: UserRecord;
  /** When the session expires unless used again (ISO 8601). */
  expiresAt: string;
}

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export class SessionService {
  constructor(
    private readonly stores: Stores,
    private readonly cluster: ClusterEvents,
    readonly lifetimeMs = 14 * DAY_MS,
  ) {}

  /** A new session; with `signedIn`, recorded in the audit trail in the same transaction. */
  async create(userId: string, signedIn = false): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const sessionId = hashToken(token);
    const session = {
      id: sessionId,
      userId,
      expiresAt: new Date(Date.now() + this.lifetimeMs).toISOString(),
    };
    await auditedChange(
      this.stores,
      (tx) => tx.sessions.create(session),
      signedIn
        ? { actorId: userId, action: 'user.signed_in', subjectType: 'user', subjectId: userId }
        : () => null,
    );
    return { token, sessionId };
  }

  /** The session's user, or undefined for an unknown, expired or tampered token. */
  async authenticate(token: string | undefined): Promise<AuthenticatedSession | undefined> {
    if (!token) return undefined;
    const sessionId = hashToken(token);
    const session = await this.stores.sessions.find(sessionId);
    if (!session) return undefined;
    const now = Date.now();
    if (Date.parse(session.expiresAt) <= now) {
      await this.stores.sessions.remove(sessionId);
      return undefined;
    }
    const user = await this.stores.users.findById(session.userId);
    if (!user) return undefined;
    // Sliding expiry, written at most once an hour per session.
    if (now - Date.parse(session.lastSeenAt) > 60 * 60 * 1000) {
      const expiresAt = new Date(now + this.lifetimeMs).toISOString();
      await this.stores.sessions.extend(sessionId, expiresAt);
      return { sessionId, user, expiresAt };
    }
    return { sessionId, user, expiresAt: session.expiresAt };
  }

  /** Signs a session out: removed, and its open connections on every server closed. */
  async end(sessionId: string): Promise<void> {
    await this.stores.sessions.remove(sessionId);
    await this.ended([sessionId]);
  }

  /** Sessions already removed (by a password change, say): their connections close. */
  async ended(sessionIds: string[]): Promise<void> {
    await Promise.all(
      sessionIds.map((sessionId) => this.cluster.emit({ type: 'session-ended', sessionId })),
    );
  }
}
