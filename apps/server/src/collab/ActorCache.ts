// The person behind a session, for opening statements: the session, the person and their
// memberships and organizer roles (five queries) are kept for a few seconds per session, so an
// editor opening many statements (or reconnecting) reads them once. A session ending or a
// user's access changing anywhere drops the entry at once, and a kept session still expires on
// time; a new name or colour shows on carets from the next load, within `keepMs`.
import type { Stores } from '@plenary/storage';
import { loadActor, type Actor } from '../auth/Actor.js';
import { hashToken, type SessionService } from '../auth/SessionService.js';
import type { ClusterEvents } from '../cluster/ClusterEvents.js';

const KEEP_MS = 10_000;
const MAX_ENTRIES = 10_000;

interface Signedin {
  actor: Actor;
  /** When the session expires (ms since the epoch). */
  expires: number;
}

interface Entry {
  signedIn: Promise<Signedin | undefined>;
  until: number;
  /** Known once loaded; an entry still loading is dropped by any access change. */
  userId?: string;
}

export class ActorCache {
  /** By session id (the token's hash, as the cluster events name sessions). */
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly stores: Stores,
    private readonly sessions: SessionService,
    cluster: ClusterEvents,
    private readonly keepMs = KEEP_MS,
  ) {
    cluster.on((event) => {
      if (event.type === 'session-ended') this.entries.delete(event.sessionId);
      if (event.type === 'user-access-changed') this.forgetUser(event.userId);
    });
  }

  /** The actor behind a session token, or undefined when it is not signed in. */
  async actorFor(token: string | undefined): Promise<Actor | undefined> {
    if (!token) return undefined;
    const sessionId = hashToken(token);
    const now = Date.now();
    const cached = this.entries.get(sessionId);
    if (cached && cached.until > now) {
      const signedIn = await cached.signedIn;
      if (signedIn && signedIn.expires > Date.now()) return signedIn.actor;
    }
    if (this.entries.size >= MAX_ENTRIES) this.sweep(now);
    const entry: Entry = { signedIn: this.signIn(token), until: now + this.keepMs };
    this.entries.set(sessionId, entry);
    entry.signedIn.then(
      (signedIn) => {
        if (signedIn) entry.userId = signedIn.actor.user.id;
        else this.drop(sessionId, entry);
      },
      () => this.drop(sessionId, entry),
    );
    return (await entry.signedIn)?.actor;
  }

  private async signIn(token: string): Promise<Signedin | undefined> {
    const session = await this.sessions.authenticate(token);
    if (!session) return undefined;
    const actor = await loadActor(this.stores, session.user, session.sessionId);
    return { actor, expires: Date.parse(session.expiresAt) };
  }

  private drop(sessionId: string, entry: Entry): void {
    if (this.entries.get(sessionId) === entry) this.entries.delete(sessionId);
  }

  private forgetUser(userId: string): void {
    for (const [sessionId, entry] of this.entries) {
      if (entry.userId === undefined || entry.userId === userId) this.entries.delete(sessionId);
    }
  }

  private sweep(now: number): void {
    for (const [sessionId, entry] of this.entries) {
      if (entry.until <= now) this.entries.delete(sessionId);
    }
    // Still full of live entries: start afresh rather than grow without bound.
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
  }
}
