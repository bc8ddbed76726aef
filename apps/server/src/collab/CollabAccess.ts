// Decides, at the WebSocket upgrade, who may open a statement's document and how.
import type { IncomingMessage } from 'node:http';
import { CloseCode, type AwarenessIdentity } from '@plenary/collab';
import { colorForUser } from '@plenary/accounts';
import type { Stores } from '@plenary/storage';
import { can } from '../auth/policy.js';
import { readSessionToken } from '../auth/sessionCookie.js';
import { statementResource } from '../statements/statementResource.js';
import { StatementId } from '@plenary/api/requests';
import type { ActorCache } from './ActorCache.js';

export type CollabGrant =
  | {
      kind: 'granted';
      userId: string;
      sessionId: string;
      readOnly: boolean;
      /** Shown on the person's caret and avatar, whatever their client says. */
      identity: AwarenessIdentity;
    }
  /** Refused before the upgrade completes. */
  | { kind: 'http'; status: 401; text: string }
  /** Upgraded, then closed with a named code the stock client treats as final. */
  | { kind: 'close'; code: CloseCode };

export class CollabAccess {
  constructor(
    private readonly stores: Stores,
    private readonly actors: ActorCache,
  ) {}

  async check(req: IncomingMessage, statementId: string): Promise<CollabGrant> {
    // The session and the person's roles come from a short-lived cache; the statement
    // (its status and delegations decide the policy) is read afresh every time.
    const actor = await this.actors.actorFor(readSessionToken(req));
    if (!actor) return { kind: 'http', status: 401, text: 'Unauthorized' };
    const statement = StatementId.safeParse(statementId).success
      ? await this.stores.statements.getIncludingTrash(statementId)
      : undefined;
    if (!statement) return { kind: 'close', code: CloseCode.StatementNotFound };
    const resource = statementResource(statement);
    if (statement.deletedAt !== null) {
      // In the Trash: its readers learn it was deleted (and can restore it); others, nothing.
      const reader = can(actor, 'statement.readText', resource);
      return {
        kind: 'close',
        code: reader ? CloseCode.StatementDeleted : CloseCode.StatementNotFound,
      };
    }
    if (!can(actor, 'statement.readText', resource)) {
      const visible = can(actor, 'statement.readMeta', resource);
      return { kind: 'close', code: visible ? CloseCode.Forbidden : CloseCode.StatementNotFound };
    }
    return {
      kind: 'granted',
      userId: actor.user.id,
      sessionId: actor.sessionId,
      readOnly: !can(actor, 'statement.editText', resource),
      identity: {
        userId: actor.user.id,
        name: actor.user.displayName,
        color: colorForUser(actor.user.id),
      },
    };
  }
}
