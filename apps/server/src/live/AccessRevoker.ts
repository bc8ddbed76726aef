// Re-checks a user's open connections after their roles change or they are removed.
import { CloseCode, closeReason } from '@plenary/collab';
import type { Stores } from '@plenary/storage';
import { loadActor } from '../auth/Actor.js';
import { can } from '../auth/policy.js';
import { statementResource } from '../statements/statementResource.js';
import type { ClusterEvents } from '../cluster/ClusterEvents.js';
import { collabRights } from '../collab/collabRights.js';
import { statementRoom, statementTextRoom } from '../realtime/socketEvents.js';
import type { LiveConnections } from './LiveConnections.js';

export class AccessRevoker {
  constructor(
    private readonly stores: Stores,
    private readonly live: LiveConnections,
    private readonly cluster: ClusterEvents,
  ) {
    cluster.on((event) => {
      if (event.type === 'user-access-changed') return this.recheckHere(event.userId);
      if (event.type === 'statement-access-changed')
        return this.recheckStatement(event.statementId);
    });
  }

  /** Re-checks, in every process, everyone who has the statement open. */
  recheckStatementEverywhere(statementId: string): Promise<void> {
    return this.cluster.emit({ type: 'statement-access-changed', statementId });
  }

  /** Re-checks the user's open connections in every process. */
  recheckUser(userId: string): Promise<void> {
    return this.cluster.emit({ type: 'user-access-changed', userId });
  }

  /**
   * After any status change: everyone with the statement open (editor or socket.io room) is
   * re-checked, so an organizer who could read it while submitted stops when it is reopened.
   */
  private async recheckStatement(statementId: string): Promise<void> {
    const watching = this.live.socketsIn([
      statementRoom(statementId),
      statementTextRoom(statementId),
    ]);
    const users = new Set([
      ...this.live.collabOfStatement(statementId).map((c) => c.userId),
      ...watching.map((socket) => String(socket.data.userId)),
    ]);
    await Promise.all([...users].map((userId) => this.recheckHere(userId)));
  }

  private async recheckHere(userId: string): Promise<void> {
    const collab = this.live.collabOf(userId);
    const sockets = this.live.socketsOf(userId);
    if (collab.length === 0 && sockets.length === 0) return;
    const user = await this.stores.users.findById(userId);
    for (const connection of collab) {
      const statement = await this.stores.statements.get(connection.statementId);
      const actor = user && (await loadActor(this.stores, user, connection.sessionId));
      const rights = actor && statement && (await collabRights(this.stores, actor, statement));
      if (!rights?.read) {
        connection.close(CloseCode.Forbidden, closeReason[CloseCode.Forbidden]);
      } else if (connection.level !== rights.level) {
        connection.close(CloseCode.RoleChanged, closeReason[CloseCode.RoleChanged]);
      }
    }
    for (const socket of sockets) {
      const actor = user && (await loadActor(this.stores, user, String(socket.data.sessionId)));
      for (const room of socket.rooms) {
        if (
          room === socket.id ||
          room.startsWith('user:') ||
          (actor && (await this.stillAllowed(actor, room)))
        ) {
          continue;
        }
        await socket.leave(room);
        socket.emit('access:revoked', { room });
      }
    }
  }

  private async stillAllowed(
    actor: Awaited<ReturnType<typeof loadActor>>,
    room: string,
  ): Promise<boolean> {
    const [kind, id = ''] = room.split(':');
    if (kind === 'debate') return can(actor, 'debate.read', { kind: 'debate', debateId: id });
    if (kind === 'statement' || kind === 'statement-text') {
      const statement = await this.stores.statements.get(id);
      const action = kind === 'statement' ? 'statement.readMeta' : 'statement.readWorkspace';
      return statement !== undefined && can(actor, action, statementResource(statement));
    }
    return false;
  }
}
