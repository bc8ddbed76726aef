// The socket.io client itself, loaded by appSocket.ts once the first screen is up.
import { serverEvents, type ServerEvent, type ServerEventPayload } from '@plenary/api';
import { io, type Socket } from 'socket.io-client';
import { invalidateQueries, reconnected } from '../api/queryKeys';
import type { AppSocket, LiveEvents } from './appSocket';
import { staleAfter } from './liveQueries';

export function connectAppSocket(): LiveEvents {
  // WebSocket only, no long-polling first: a poll of a session the server has just closed (a
  // sign-in renews the socket) is answered 400, and with several processes behind a load
  // balancer each poll would have to reach the same process (sticky sessions). Editing needs
  // WebSockets anyway (the collab endpoint).
  const socket: AppSocket = io({
    path: '/socket.io',
    withCredentials: true,
    transports: ['websocket'],
  });
  // Each payload that parses with the contract is handed over; a malformed one is dropped
  // (the next load shows the server's truth).
  const on = <E extends ServerEvent>(
    event: E,
    handler: (payload: ServerEventPayload<E>) => void,
  ): (() => void) => {
    const listener = (payload: unknown): void => {
      const result = serverEvents[event].safeParse(payload ?? {});
      if (result.success) handler(result.data as ServerEventPayload<E>);
    };
    (socket as Socket).on(event as string, listener);
    return () => (socket as Socket).off(event as string, listener);
  };
  // Queries kept current by events reload after each connection, and on the events that
  // make them stale.
  socket.on('connect', reconnected);
  for (const [event, stale] of Object.entries(staleAfter) as [ServerEvent, Stale][]) {
    on(event, (payload) => {
      for (const key of stale(payload)) invalidateQueries(key);
    });
  }
  return { socket, on };
}

type Stale = (payload: ServerEventPayload<ServerEvent>) => string[][];
