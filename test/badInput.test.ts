import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { collabUrl, connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import { makeDraftingTeam } from './support/factories.js';
import { api } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

const MAX_BYTES = 64 * 1024;

/** A raw socket that sends one frame and reports how the server closed it. */
async function sendAndAwaitClose(
  url: string,
  cookie: string | undefined,
  frame: Uint8Array | string,
): Promise<{ code: number; reason: string }> {
  const socket = new WebSocket(url, { headers: cookie ? { cookie } : {} });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.send(frame);
  return closed;
}

/** Deterministic noise (mulberry32), so a failure can be replayed. */
function seededBytes(length: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) % 256;
  });
}

function syncUpdateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function realUpdateFrame(): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment('content').insert(0, [new Y.XmlElement('paragraph')]);
  return syncUpdateFrame(Y.encodeStateAsUpdate(doc));
}

describe('bad input on the collab endpoint', () => {
  let server: TestServer;
  let statementId: string;
  let witness: CollabClient;
  let socketUrl: string;
  let cookie: string | undefined;

  beforeAll(async () => {
    server = await startTestServer({ env: { COLLAB_MAX_MESSAGE_BYTES: String(MAX_BYTES) } });
    const team = await makeDraftingTeam(server.url);
    statementId = team.statement.id;
    cookie = team.drafter.client.cookie;
    socketUrl = `${collabUrl(server.url)}/${statementId}`;
    witness = connectClient(server.url, statementId, { cookie });
    await waitSynced(witness);
    witness.appendParagraph('Mr. President,');
    await waitFor(async () => (await server.server.stores.documents.rowCount(statementId)) === 1, {
      what: 'stored text',
    });
  });
  afterAll(async () => {
    witness.destroy();
    await server.stop({ removeData: true });
  });

  const cases: [string, () => Uint8Array | string, number][] = [
    [
      'random bytes after a sync header',
      () => Uint8Array.of(0, 2, ...seededBytes(200, 0x5eed)),
      4400,
    ],
    ['a truncated update', () => realUpdateFrame().slice(0, -3), 4400],
    ['an unknown message type', () => Uint8Array.of(99, 1, 2, 3), 4400],
    ['an unknown sync message type', () => Uint8Array.of(0, 7, 0), 4400],
    [
      'a well-framed message whose update is garbage',
      () => syncUpdateFrame(Uint8Array.of(255, 255, 255, 1, 9)),
      4400,
    ],
    ['trailing bytes after a message', () => Uint8Array.of(...realUpdateFrame(), 0, 0), 4400],
    ['a text frame', () => 'hello', 4400],
    ['an oversized message', () => new Uint8Array(MAX_BYTES + 1), 1009],
  ];

  it.each(cases)(
    'closes the connection on %s, leaving the document and other clients intact',
    async (_name, make, code) => {
      const rowsBefore = await server.server.stores.documents.rowCount(statementId);
      const closed = await sendAndAwaitClose(socketUrl, cookie, make());
      expect(closed.code).toBe(code);

      expect(await server.server.stores.documents.rowCount(statementId)).toBe(rowsBefore);
      expect(witness.provider.wsconnected).toBe(true);
      witness.appendParagraph(`still editing after ${_name}`);
      const check = connectClient(server.url, statementId, { cookie });
      try {
        await waitFor(() => check.text().includes(`still editing after ${_name}`), {
          what: 'server to keep working',
        });
        expect(check.text().startsWith('Mr. President,')).toBe(true);
      } finally {
        check.destroy();
      }
      expect((await api(server.url, '/api/health')).status).toBe(200);
    },
  );

  it('refuses a WebSocket upgrade from another origin before it completes', async () => {
    const socket = new WebSocket(socketUrl, {
      headers: { Origin: 'https://attacker.example', cookie: cookie ?? '' },
    });
    const status = await new Promise<number>((resolve) => {
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
    expect(status).toBe(403);
  });

  it('answers 404 to an upgrade on an unknown path', async () => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/nowhere`);
    const status = await new Promise<number>((resolve) => {
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
    expect(status).toBe(404);
  });
});
