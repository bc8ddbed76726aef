// Drives mutated frames at a real server: most in-process through the room (fast), a sample
// over a real WebSocket. Afterwards the document must still be whole and the server up.
import WebSocket from 'ws';
import { encodeSyncStep1, type CloseCode, type Connection, type Room } from '@plenary/collab';
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

/** A real WebSocket kept open across sample frames until the server closes it. */
class SocketProbe {
  private socket: WebSocket | undefined;
  private closedWith: number | undefined;

  constructor(
    private readonly url: string,
    private readonly cookie: string | undefined,
  ) {}

  private async open(): Promise<WebSocket> {
    if (this.socket && this.closedWith === undefined) return this.socket;
    const socket = new WebSocket(this.url, { headers: this.cookie ? { cookie: this.cookie } : {} });
    this.closedWith = undefined;
    socket.on('close', (code) => (this.closedWith = code));
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) =>
      socket.once('open', () => resolve()).once('close', () => resolve()),
    );
    this.socket = socket;
    return socket;
  }

  /**
   * Sends the frame, then a sync step 1: rooms answer in order, so the step 2 reply (or the
   * socket closing) tells that the frame was handled. Resolves with the close code, or 0.
   */
  async send(frame: Uint8Array): Promise<number> {
    const socket = await this.open();
    if (this.closedWith !== undefined) return this.closedWith;
    const handled = new Promise<void>((resolve) => {
      const onMessage = (data: Buffer): void => {
        if (data[0] !== 0 || data[1] !== 1) return;
        socket.off('message', onMessage);
        resolve();
      };
      socket.on('message', onMessage);
      socket.once('close', () => resolve());
    });
    socket.send(frame);
    if (socket.readyState === WebSocket.OPEN) socket.send(encodeSyncStep1(new Uint8Array([0])));
    await handled;
    return this.closedWith ?? 0;
  }

  close(): void {
    this.socket?.close();
  }
}

export async function runCollabFuzz(options: {
  server: TestServer;
  statementId: string;
  cookie: string | undefined;
  frames: number;
  seed: number;
  socketEvery?: number;
}): Promise<FuzzResult> {
  const { server, statementId, cookie, frames, seed, socketEvery = 1_000 } = options;
  const mutator = new FrameMutator(seed);
  const closes = new Map<number, number>();
  const count = (code: number) => closes.set(code, (closes.get(code) ?? 0) + 1);
  const rooms = server.server.rooms;
  let serial = 0;
  let connection = new InProcessConnection(`fuzz-${(serial += 1)}`);
  let room: Room = await rooms.join(statementId, connection);
  const started = Date.now();
  let overSocket = 0;
  const probe = new SocketProbe(`${collabUrl(server.url)}/${statementId}`, cookie);
  for (let index = 0; index < frames; index += 1) {
    const frame = mutator.next();
    if (index % socketEvery === 0) {
      const code = await probe.send(frame);
      if (code) count(code);
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
  probe.close();
  return { seed, frames, overSocket, closes, ms: Date.now() - started };
}
