// A statement sends the awareness changes (carets) of a turn, or of its AWARENESS_WINDOW_MS
// window, as one frame for all of them; a quiet statement's first change is not held. Stock
// providers must still see every caret and every client that leaves, and a malformed awareness
// frame must still be refused.
import { CloseCode, encodeAwareness, MessageType } from '@plenary/collab';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collabUrl, connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import { makeDraftingTeam } from './support/factories.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

function awarenessFrame(clientId: number, clock: number, stateText: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, stateText);
  return encodeAwareness(encoding.toUint8Array(encoder));
}

/** The client ids of an awareness frame, or undefined for any other frame. */
function awarenessClients(data: Uint8Array): number[] | undefined {
  const decoder = decoding.createDecoder(data);
  if (decoding.readVarUint(decoder) !== MessageType.Awareness) return undefined;
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const ids: number[] = [];
  for (let count = decoding.readVarUint(update); count > 0; count -= 1) {
    ids.push(decoding.readVarUint(update));
    decoding.readVarUint(update);
    decoding.readVarString(update);
  }
  return ids;
}

/** A bare socket on the statement: what it receives, and how it was closed. */
async function rawSocket(
  server: TestServer,
  statementId: string,
  cookie: string | undefined,
): Promise<{ socket: WebSocket; received: number[][]; closed: Promise<number> }> {
  const socket = new WebSocket(`${collabUrl(server.url)}/${statementId}`, {
    headers: { cookie: cookie ?? '', origin: server.url },
  });
  const received: number[][] = [];
  socket.on('message', (data: Buffer) => {
    const clients = awarenessClients(new Uint8Array(data));
    if (clients) received.push(clients);
  });
  const closed = new Promise<number>((resolve) => socket.once('close', resolve));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  return { socket, received, closed };
}

describe.each([
  { windowMs: '0', what: 'at the end of the turn' },
  { windowMs: '1000', what: 'after a window' },
])('awareness sent together $what', ({ windowMs }) => {
  let server: TestServer | undefined;
  const clients: CollabClient[] = [];
  const sockets: WebSocket[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const socket of sockets.splice(0)) socket.terminate();
    await server?.stop({ removeData: true });
  });

  async function setUp() {
    server = await startTestServer({ env: { AWARENESS_WINDOW_MS: windowMs } });
    const team = await makeDraftingTeam(server.url);
    const connect = (user: string): CollabClient => {
      const client = connectClient(server!.url, team.statement.id, {
        cookie: team.drafter.client.cookie,
        user,
      });
      clients.push(client);
      return client;
    };
    const raw = async () => {
      const opened = await rawSocket(server!, team.statement.id, team.drafter.client.cookie);
      sockets.push(opened.socket);
      return opened;
    };
    return { connect, raw };
  }

  it('brings every caret of several editors moving at once to every provider', async () => {
    const { connect } = await setUp();
    const editors = ['Ana', 'Ben', 'Chi', 'Dan'].map(connect);
    await Promise.all(editors.map((editor) => waitSynced(editor)));
    for (let move = 1; move <= 5; move += 1) {
      for (const editor of editors) editor.provider.awareness.setLocalStateField('cursor', move);
    }
    for (const viewer of editors) {
      await waitFor(
        () =>
          editors.every(
            (editor) =>
              (
                viewer.provider.awareness.getStates().get(editor.doc.clientID) as {
                  cursor?: number;
                }
              )?.cursor === 5,
          ),
        { what: 'every last caret at every editor' },
      );
    }
  });

  it('sends carets that arrive together as one frame, each with its sender’s name', async () => {
    const { connect, raw } = await setUp();
    const observer = await raw();
    const movers = await Promise.all([raw(), raw(), raw()]);
    if (windowMs !== '0') {
      // The first caret in a quiet statement is not held: it leaves at the end of the turn,
      // long before the window is over. Only what follows it within the window waits.
      movers[0]!.socket.send(awarenessFrame(9_000, 1, JSON.stringify({ cursor: 0 })));
      await waitFor(() => observer.received.some((clients) => clients.includes(9_000)), {
        timeoutMs: Number(windowMs) / 4,
        what: 'the first caret, long before the window is over',
      });
    }
    const ids = [9_001, 9_002, 9_003];
    movers.forEach(({ socket }, i) =>
      socket.send(awarenessFrame(ids[i]!, 1, JSON.stringify({ cursor: i }))),
    );
    await waitFor(
      () => {
        const seen = new Set(observer.received.flat());
        return ids.every((id) => seen.has(id));
      },
      { what: 'the three carets at the observer' },
    );
    const carrying = observer.received.filter((clients) => clients.some((id) => ids.includes(id)));
    if (windowMs !== '0') expect(carrying).toHaveLength(1);
    else expect(carrying.length).toBeLessThanOrEqual(ids.length);
    // A stock provider reads the joined frame like any other, names from the session.
    const late = connect('Eve');
    await waitSynced(late);
    await waitFor(() => ids.every((id) => late.provider.awareness.getStates().has(id)), {
      what: 'the carets at a late provider',
    });
    const named = late.provider.awareness.getStates().get(9_001) as { user?: { name?: string } };
    expect(named.user?.name).toEqual(expect.any(String));
  });

  it('still shows a client leaving to the others', async () => {
    const { connect } = await setUp();
    const alice = connect('Alice');
    const bob = connect('Bob');
    await Promise.all([waitSynced(alice), waitSynced(bob)]);
    const bobId = bob.doc.clientID;
    await waitFor(() => alice.provider.awareness.getStates().has(bobId), { what: 'Bob' });
    bob.provider.disconnect();
    await waitFor(() => !alice.provider.awareness.getStates().has(bobId), {
      what: 'Bob to go',
    });
  });

  it('still refuses a malformed awareness frame, and keeps the others’ carets', async () => {
    const { connect, raw } = await setUp();
    const alice = connect('Alice');
    await waitSynced(alice);
    const good = await raw();
    const bad = await raw();
    good.socket.send(awarenessFrame(9_101, 1, JSON.stringify({ cursor: 1 })));
    bad.socket.send(awarenessFrame(9_102, 1, '{not json'));
    expect(await bad.closed).toBe(CloseCode.MalformedMessage);
    await waitFor(() => alice.provider.awareness.getStates().has(9_101), {
      what: 'the good caret',
    });
    expect(alice.provider.awareness.getStates().has(9_102)).toBe(false);
  });
});
