// Decides, at the WebSocket upgrade, who may open a statement's document and how.
import type { IncomingMessage } from 'node:http';
import { CloseCode, type Attribution, type AwarenessIdentity } from '@plenary/collab';
import { colorForUser } from '@plenary/accounts';
import type { StatementRecord, Stores } from '@plenary/storage';
import { readSessionToken } from '../auth/sessionCookie.js';
import { StatementId } from '@plenary/api/requests';
import type { ActorCache } from './ActorCache.js';
import { type CollabLevel } from './collabLevel.js';
import { collabRights } from './collabRights.js';

export { collabLevel, type CollabLevel } from './collabLevel.js';

export type CollabGrant =
  | {
      kind: 'granted';
      userId: string;
      sessionId: string;
      readOnly: boolean;
      /** Changes are checked to be own suggestions (SuggestionCheck). */
      suggesting: boolean;
      /** What the person's role allows; a role change that alters it closes the connection. */
      level: CollabLevel;
      /** Outcome documents: in whose name amendments may be proposed. */
      attribution?: Attribution | undefined;
      /** Shown on the person's caret and avatar, whatever their client says. */
      identity: AwarenessIdentity;
    }
  /** Refused before the upgrade completes. */
  | { kind: 'http'; status: 401; text: string }
  /** Upgraded, then closed with a named code the stock client treats as final. */
  | { kind: 'close'; code: CloseCode };

/** The mode a client asks for in the request target: `/collab/:id?mode=suggesting`. */
export function requestedMode(url: string | undefined): 'editing' | 'suggesting' {
  try {
    const mode = new URL(url ?? '/', 'http://plenary').searchParams.get('mode');
    return mode === 'suggesting' ? 'suggesting' : 'editing';
  } catch {
    return 'editing';
  }
}

/** Who else keeps what an open's check read of the statement (the workflow's known statuses). */
export interface StatementReads {
  /** Taken before the statement is read. */
  statusEpoch(): number;
  /** The statement as read for an open (of `statementId`) that may change its text. */
  statementRead(statementId: string, statement: StatementRecord, epoch: number): void;
}

export class CollabAccess {
  constructor(
    private readonly stores: Stores,
    private readonly actors: ActorCache,
    private readonly reads?: StatementReads,
  ) {}

  async check(req: IncomingMessage, statementId: string): Promise<CollabGrant> {
    // The session and the person's roles come from a short-lived cache; the statement
    // (its status and delegations decide the policy) is read afresh every time.
    const actor = await this.actors.actorFor(readSessionToken(req));
    if (!actor) return { kind: 'http', status: 401, text: 'Unauthorized' };
    const epoch = this.reads?.statusEpoch() ?? 0;
    const statement = StatementId.safeParse(statementId).success
      ? await this.stores.statements.getIncludingTrash(statementId)
      : undefined;
    if (!statement) return { kind: 'close', code: CloseCode.StatementNotFound };
    const rights = await collabRights(this.stores, actor, statement);
    if (statement.deletedAt !== null) {
      // In the Trash: its readers learn it was deleted (and can restore it); others, nothing.
      return {
        kind: 'close',
        code: rights.read ? CloseCode.StatementDeleted : CloseCode.StatementNotFound,
      };
    }
    if (!rights.read) {
      return {
        kind: 'close',
        code: rights.visible ? CloseCode.Forbidden : CloseCode.StatementNotFound,
      };
    }
    const { level } = rights;
    if (level !== 'read') this.reads?.statementRead(statementId, statement, epoch);
    return {
      kind: 'granted',
      userId: actor.user.id,
      sessionId: actor.sessionId,
      readOnly: level === 'read',
      // Reviewers always suggest; a drafter suggests when the connection asks to.
      suggesting:
        level === 'suggest' || (level === 'edit' && requestedMode(req.url) === 'suggesting'),
      level,
      attribution: rights.attribution,
      identity: {
        userId: actor.user.id,
        name: actor.user.displayName,
        color: colorForUser(actor.user.id),
      },
    };
  }
}
