// The one socket.io connection of this tab, shared by every screen. Created on first
// use; socket.io reconnects on its own, and rooms are re-joined on each 'connect'.
import { io, type Socket } from 'socket.io-client';

export type JoinAck = { ok: true } | { ok: false; error: { code: string; message: string } };

export interface ServerToClientEvents {
  'statement:updated': (payload: { statement: unknown }) => void;
  'statement:deleted': (payload: { statementId: string }) => void;
  'thread:updated': (payload: { thread: unknown }) => void;
  /** Someone mentioned this person; the list is fetched again over REST. */
  'notification:created': () => void;
  /** Someone was given a role in a delegation this person drafts for, and by whom. */
  'delegation:member_added': (payload: {
    delegationId: string;
    member: { userId: string; displayName: string; role: string };
    addedBy: { id: string; displayName: string } | null;
  }) => void;
  /** Progress of an export job this person started (the compilation), to them only. */
  'export:progress': (payload: { job: unknown }) => void;
  /** A statement of the debate was created, changed status, deleted or restored. */
  'debate:statements-changed': (payload: { debateId: string }) => void;
}

export interface ClientToServerEvents {
  'statement:join': (payload: { statementId: string }, ack: (result: JoinAck) => void) => void;
  'statement:leave': (payload: { statementId: string }) => void;
  'debate:join': (payload: { debateId: string }, ack: (result: JoinAck) => void) => void;
  'debate:leave': (payload: { debateId: string }) => void;
}

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: AppSocket | null = null;

export function appSocket(): AppSocket {
  socket ??= io({ path: '/socket.io', withCredentials: true });
  return socket;
}
