// The person behind a session, for opening statements. The session itself is checked every
// time (expiry, sign-out); the person's memberships and organizer roles, two more queries, are
// kept for a few seconds, so an editor opening many statements (or reconnecting) reads them
// once. A session ending or a user's access changing anywhere drops the entry at once.
import type { Stores } from '@plenary/storage';
import { loadActor, type Actor } from '../auth/Actor.js';
import type { SessionService } from '../auth/SessionService.js';
import type { ClusterEvents } from '../cluster/ClusterEvents.js';

const KEEP_MS = 10_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  actor: Promise<Actor | undefined>;
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
    const session = await this.sessions.authenticate(token);
    if (!session) return undefined;
    const { sessionId, user } = session;
    const now = Date.now();
    const cached = this.entries.get(sessionId);
    if (cached && cached.until > now) {
      const actor = await cached.actor;
      // The person's name or colour may have changed: only the roles are reused.
      if (actor?.user.id === user.id) return { ...actor, user };
    }
    if (this.entries.size >= MAX_ENTRIES) this.sweep(now);
    const entry: Entry = {
      actor: loadActor(this.stores, user, sessionId),
      until: now + this.keepMs,
    };
    this.entries.set(sessionId, entry);
    entry.actor.then(
      (actor) => {
        if (actor) entry.userId = actor.user.id;
        else this.drop(sessionId, entry);
      },
      () => this.drop(sessionId, entry),
    );
    return entry.actor;
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
