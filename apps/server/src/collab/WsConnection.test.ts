// WsConnection on a real socket: frames sent in one turn are held corked and leave together,
// in order, unless the turn has held them `CORK_HOLD_MS`; a connection closed in the middle of
// a turn neither throws nor loses the close.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { CloseCode } from '@plenary/collab';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { CORK_HOLD_MS, uncorkIfHeld, WsConnection } from './WsConnection.js';

let http: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => http?.close(resolve));
  http = undefined;
});

/** A server-side WsConnection and the client socket at its other end, with what it receives. */
async function connected(): Promise<{
  connection: WsConnection;
  raw: Duplex;
  client: WebSocket;
  received: number[][];
  closed: Promise<number>;
}> {
  const wss = new WebSocketServer({ noServer: true });
  http = createServer();
  const accepted = new Promise<{ connection: WsConnection; raw: Duplex }>((resolve) => {
    http!.on('upgrade', (req, socket, head) =>
      wss.handleUpgrade(req, socket, head, (ws) =>
        resolve({ connection: new WsConnection(ws, socket, false), raw: socket }),
      ),
    );
  });
  await new Promise<void>((resolve) => http!.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  const received: number[][] = [];
  client.on('message', (data: Buffer) => received.push([...data]));
  const closed = new Promise<number>((resolve) => client.on('close', (code) => resolve(code)));
  await new Promise((resolve) => client.on('open', resolve));
  return { ...(await accepted), client, received, closed };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

/** Records each write to the socket: how many chunks a `writev` carried, 1 for a `write`. */
function countWrites(raw: Awaited<ReturnType<typeof connected>>['raw']): number[] {
  const writes: number[] = [];
  const writev = raw._writev?.bind(raw);
  raw._writev = (chunks, callback) => {
    writes.push(chunks.length);
    writev!(chunks, callback);
  };
  const write = raw._write.bind(raw);
  raw._write = (chunk, encoding, callback) => {
    writes.push(1);
    write(chunk, encoding, callback);
  };
  return writes;
}

describe('WsConnection', () => {
  it('sends the frames of one turn in one write, in order', async () => {
    const { connection, raw, client, received } = await connected();
    const writes = countWrites(raw);
    const shared = new Uint8Array([0, 9, 9]);
    connection.send(new Uint8Array([1]));
    connection.send(shared.subarray(1));
    connection.send(new Uint8Array([3, 4]));
    await until(() => received.length === 3);
    expect(received).toEqual([[1], [9, 9], [3, 4]]);
    // Three frames of a header and a payload each, in one writev.
    expect(writes).toEqual([6]);
    client.close();
  });

  it('writes what the turn holds once its first frame has waited CORK_HOLD_MS, not before', async () => {
    const { connection, raw, client, received } = await connected();
    const writes = countWrites(raw);
    uncorkIfHeld(); // nothing held: nothing to do
    const before = performance.now();
    connection.send(new Uint8Array([1]));
    connection.send(new Uint8Array([2]));
    // A message handled while the first frame has waited less than the bound: still held.
    uncorkIfHeld(before);
    expect(raw.writableCorked).toBe(1);
    expect(writes).toEqual([]);
    // One handled after the bound: what is held is written now, in this turn.
    uncorkIfHeld(performance.now() + CORK_HOLD_MS);
    expect(raw.writableCorked).toBe(0);
    expect(writes).toEqual([4]);
    // A later frame of the same turn is held anew and leaves at the end of the turn.
    connection.send(new Uint8Array([3]));
    expect(raw.writableCorked).toBe(1);
    await until(() => received.length === 3);
    expect(received).toEqual([[1], [2], [3]]);
    expect(writes).toEqual([4, 2]);
    client.close();
  });

  it('closes in the middle of a turn without losing the close frame', async () => {
    const { connection, closed } = await connected();
    connection.send(new Uint8Array([1]));
    connection.close(CloseCode.ServiceRestart, 'restart');
    connection.send(new Uint8Array([2]));
    expect(await closed).toBe(CloseCode.ServiceRestart);
  });
});
