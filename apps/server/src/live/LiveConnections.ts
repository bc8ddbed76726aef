// Every live collab connection and socket.io socket, by user and session, so that signing
// out or losing a role takes effect on open connections at once.
import type { Socket } from 'socket.io';

export interface LiveCollab {
  userId: string;
  sessionId: string;
  statementId: string;
  /** What the role allowed when the connection opened (edit, suggest or read). */
  level: 'edit' | 'suggest' | 'read';
  close(code: number, reason: string): void;
}

export class LiveConnections {
  private readonly collab = new Set<LiveCollab>();
  private readonly sockets = new Set<Socket>();

  addCollab(connection: LiveCollab): void {
    this.collab.add(connection);
  }

  removeCollab(connection: LiveCollab): void {
    this.collab.delete(connection);
  }

  addSocket(socket: Socket): void {
    this.sockets.add(socket);
    socket.once('disconnect', () => this.sockets.delete(socket));
  }

  collabOf(userId: string): LiveCollab[] {
    return [...this.collab].filter((c) => c.userId === userId);
  }

  socketsOf(userId: string): Socket[] {
    return [...this.sockets].filter((s) => (s.data as { userId?: string }).userId === userId);
  }

  /** Sockets in any of these socket.io rooms. */
  socketsIn(rooms: readonly string[]): Socket[] {
    return [...this.sockets].filter((s) => rooms.some((room) => s.rooms.has(room)));
  }

  collabOfStatement(statementId: string): LiveCollab[] {
    return [...this.collab].filter((c) => c.statementId === statementId);
  }

  /** Closes everything opened with this session (sign-out). */
  closeSession(sessionId: string, code: number, reason: string): void {
    for (const connection of this.collab)
      if (connection.sessionId === sessionId) connection.close(code, reason);
    for (const socket of this.sockets) {
      if ((socket.data as { sessionId?: string }).sessionId === sessionId) {
        socket.emit('session:ended', { reason });
        socket.disconnect(true);
      }
    }
  }
}
