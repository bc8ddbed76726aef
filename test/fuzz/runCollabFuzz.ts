// Drives mutated frames at a real server: most in-process through the room (fast), a sample
// over a real WebSocket. Afterwards the document must still be whole and the server up.
import WebSocket from 'ws';
import type { CloseCode, Connection, Room } from '@plenary/collab';
import type { TestServer } from '../support/testServer.js';
import { collabUrl } from '../support/collabClient.js';
import { FrameMutator } from './frameMutator.js';

export interface FuzzResult {
  seed: number;
  frames: number;
  overSocket: number;
  closes: Map<number, number>;
  ms: number;
}

class InProcessConnection implements Connection {
  readonly readOnly = false;
  closed: CloseCode | undefined;
  constructor(readonly id: string) {}
  send(): void {}
  close(code: CloseCode): void {
    this.closed = code;
  }
}

async function sendOverSocket(url: string, cookie: string | undefined, frame: Uint8Array) {
  const socket = new WebSocket(url, { headers: cookie ? { cookie } : {} });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('open', () => resolve()).once('close', () => resolve()));
  if (socket.readyState === WebSocket.OPEN) socket.send(frame);
  // The server answers a good frame and keeps the socket; a bad one closes it.
  setTimeout(() => socket.close(), 200).unref();
  return closed;
}

export async function runCollabFuzz(options: {
  server: TestServer;
  statementId: string;
  cookie: string | undefined;
  frames: number;
  seed: number;
  socketEvery?: number;
}): Promise<FuzzResult> {
  const { server, statementId, cookie, frames, seed, socketEvery = 500 } = options;
  const mutator = new FrameMutator(seed);
  const closes = new Map<number, number>();
  const count = (code: number) => closes.set(code, (closes.get(code) ?? 0) + 1);
  const rooms = server.server.rooms;
  let serial = 0;
  let connection = new InProcessConnection(`fuzz-${(serial += 1)}`);
  let room: Room = await rooms.join(statementId, connection);
  const started = Date.now();
  let overSocket = 0;
  const socketUrl = `${collabUrl(server.url)}/${statementId}`;
  for (let index = 0; index < frames; index += 1) {
    const frame = mutator.next();
    if (index % socketEvery === 0) {
      count(await sendOverSocket(socketUrl, cookie, frame));
      overSocket += 1;
      continue;
    }
    await room.receive(connection, frame);
    if (connection.closed !== undefined) {
      count(connection.closed);
      rooms.leave(room, connection);
      connection = new InProcessConnection(`fuzz-${(serial += 1)}`);
      room = await rooms.join(statementId, connection);
    }
  }
  rooms.leave(room, connection);
  return { seed, frames, overSocket, closes, ms: Date.now() - started };
}
