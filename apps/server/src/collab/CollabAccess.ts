// Decides, at the WebSocket upgrade, who may open a statement's document and how.
import type { IncomingMessage } from 'node:http';
import { CloseCode, type AwarenessIdentity } from '@plenary/collab';
import { colorForUser } from '@plenary/accounts';
import type { Stores } from '@plenary/storage';
import { loadActor } from '../auth/Actor.js';
import { can } from '../auth/policy.js';
import { readSessionToken } from '../auth/sessionCookie.js';
import type { SessionService } from '../auth/SessionService.js';
import { statementResource } from '../statements/statementResource.js';
import { StatementId } from '@plenary/api/requests';

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
    private readonly sessions: SessionService,
  ) {}

  async check(req: IncomingMessage, statementId: string): Promise<CollabGrant> {
    const session = await this.sessions.authenticate(readSessionToken(req));
    if (!session) return { kind: 'http', status: 401, text: 'Unauthorized' };
    const statement = StatementId.safeParse(statementId).success
      ? await this.stores.statements.getIncludingTrash(statementId)
      : undefined;
    if (!statement) return { kind: 'close', code: CloseCode.StatementNotFound };
    const actor = await loadActor(this.stores, session.user, session.sessionId);
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
      userId: session.user.id,
      sessionId: session.sessionId,
      readOnly: !can(actor, 'statement.editText', resource),
      identity: {
        userId: session.user.id,
        name: session.user.displayName,
        color: colorForUser(session.user.id),
      },
    };
  }
}
