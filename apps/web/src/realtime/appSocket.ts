// The one socket.io connection of this tab, shared by every screen. Created on first
// use; socket.io reconnects on its own, and rooms are re-joined on each 'connect'.
import {
  serverEvents,
  type ErrorBody,
  type ServerEvent,
  type ServerEventPayload,
} from '@plenary/api';
import { io, type Socket } from 'socket.io-client';
import { invalidateQueries, reconnected } from '../api/queryKeys';
import { staleAfter } from './liveQueries';

export type JoinAck = { ok: true } | ({ ok: false } & ErrorBody);

/** What the server pushes; read through `onServerEvent`, which parses with the contract. */
export type ServerToClientEvents = { [E in ServerEvent]: (payload: unknown) => void };

export interface ClientToServerEvents {
  'statement:join': (payload: { statementId: string }, ack: (result: JoinAck) => void) => void;
  'statement:leave': (payload: { statementId: string }) => void;
  'debate:join': (payload: { debateId: string }, ack: (result: JoinAck) => void) => void;
  'debate:leave': (payload: { debateId: string }) => void;
}

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: AppSocket | null = null;

export function appSocket(): AppSocket {
  if (socket) return socket;
  socket = io({ path: '/socket.io', withCredentials: true });
  socket.on('connect', reconnected);
  for (const [event, stale] of Object.entries(staleAfter) as [ServerEvent, Stale][]) {
    onServerEvent(event, (payload) => {
      for (const key of stale(payload)) invalidateQueries(key);
    });
  }
  return socket;
}

type Stale = (payload: ServerEventPayload<ServerEvent>) => string[][];

/**
 * Listens to `event` on the tab's socket, handing over each payload that parses with the
 * contract (a malformed one is dropped: the next load shows the server's truth). Returns the
 * function that stops listening.
 */
export function onServerEvent<E extends ServerEvent>(
  event: E,
  handler: (payload: ServerEventPayload<E>) => void,
): () => void {
  const socket = appSocket() as Socket;
  const listener = (payload: unknown): void => {
    const result = serverEvents[event].safeParse(payload ?? {});
    if (result.success) handler(result.data as ServerEventPayload<E>);
  };
  socket.on(event as string, listener);
  return () => socket.off(event as string, listener);
}
