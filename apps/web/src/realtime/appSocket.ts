// The one socket.io connection of this tab, shared by every screen. Created on first
// use; socket.io reconnects on its own, and rooms are re-joined on each 'connect'.
// It only carries news (renames, comments, mentions, progress) that every screen also
// loads over REST, and each reloads on 'connect': so the client (13 KB gzipped) is not
// part of a statement's first screen, and loads once that statement's text is connected.
import type { ErrorBody, ServerEvent, ServerEventPayload } from '@plenary/api';
import type { Socket } from 'socket.io-client';

export type JoinAck = { ok: true } | ({ ok: false } & ErrorBody);

/** What the server pushes; read through `LiveEvents.on`, which parses with the contract. */
export type ServerToClientEvents = { [E in ServerEvent]: (payload: unknown) => void };

export interface ClientToServerEvents {
  'statement:join': (payload: { statementId: string }, ack: (result: JoinAck) => void) => void;
  'statement:leave': (payload: { statementId: string }) => void;
  'debate:join': (payload: { debateId: string }, ack: (result: JoinAck) => void) => void;
  'debate:leave': (payload: { debateId: string }) => void;
}

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface LiveEvents {
  socket: AppSocket;
  /** Listens to `event`; returns the function that stops listening. */
  on: <E extends ServerEvent>(
    event: E,
    handler: (payload: ServerEventPayload<E>) => void,
  ) => () => void;
}

let firstScreenShown: () => void = () => {};
const firstScreen = new Promise<void>((resolve) => (firstScreenShown = resolve));
let live: Promise<LiveEvents> | null = null;

/** The first screen is up (or will not be): the socket loads after this task. */
export function allowAppSocket(): void {
  setTimeout(firstScreenShown);
}

function loadAppSocket(): Promise<LiveEvents> {
  live ??= firstScreen
    .then(() => import('./socketClient'))
    .then(({ connectAppSocket }) => connectAppSocket())
    .catch((failure: unknown) => {
      live = null; // Offline before the client was cached: the next screen tries again.
      throw failure;
    });
  return live;
}

/**
 * Runs `use` with the tab's socket once it is there. Returns the function that undoes what
 * `use` set up, or that it never runs if the socket has not come yet.
 */
export function withAppSocket(use: (live: LiveEvents) => () => void): () => void {
  let stop: (() => void) | null = null;
  let cancelled = false;
  loadAppSocket().then(
    (events) => {
      if (!cancelled) stop = use(events);
    },
    () => undefined,
  );
  return () => {
    cancelled = true;
    stop?.();
  };
}
