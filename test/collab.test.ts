import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectClient,
  waitConverged,
  waitSynced,
  type CollabClient,
} from './support/collabClient.js';
import { makeDraftingTeam, makeStatement } from './support/factories.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

describe('collab endpoint with stock WebsocketProviders', () => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeDraftingTeam>>;
  const clients: CollabClient[] = [];
  const connect = (
    baseUrl: string,
    statementId: string,
    options: Parameters<typeof connectClient>[2] = {},
  ): CollabClient => {
    const client = connectClient(baseUrl, statementId, {
      cookie: team.drafter.client.cookie,
      ...options,
    });
    clients.push(client);
    return client;
  };
  const newStatement = () =>
    makeStatement(team.drafter.client, team.debate.id, [team.delegation.id]);

  beforeEach(async () => {
    server = await startTestServer();
    team = await makeDraftingTeam(server.url);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop({ removeData: true });
  });

  it('merges concurrent edits from two providers into identical content', async () => {
    const { id } = await newStatement();
    const alice = connect(server.url, id, { user: 'Alice' });
    const bob = connect(server.url, id, { user: 'Bob' });
    await Promise.all([waitSynced(alice), waitSynced(bob)]);

    for (let i = 0; i < 20; i += 1) {
      alice.appendParagraph(`Alice ${i}`);
      bob.typeAtStart(`b${i} `);
    }
    const merged = await waitConverged([alice, bob]);
    for (let i = 0; i < 20; i += 1) {
      expect(merged).toContain(`Alice ${i}`);
      expect(merged).toContain(`b${i} `);
    }
  });

  it('gives a provider that joins later the full state', async () => {
    const { id } = await newStatement();
    const alice = connect(server.url, id);
    await waitSynced(alice);
    alice.appendParagraph('Mr. President,');
    alice.appendParagraph('I thank you.');
    const late = connect(server.url, id);
    await waitSynced(late);
    expect(await waitConverged([alice, late])).toBe('Mr. President,\n\nI thank you.');
  });

  it('removes the awareness of a client that disconnects', async () => {
    const { id } = await newStatement();
    const alice = connect(server.url, id, { user: 'Alice' });
    const bob = connect(server.url, id, { user: 'Bob' });
    await Promise.all([waitSynced(alice), waitSynced(bob)]);
    const bobId = bob.doc.clientID;
    await waitFor(() => alice.provider.awareness.getStates().has(bobId), {
      what: "Bob's presence",
    });

    bob.provider.disconnect();
    await waitFor(() => !alice.provider.awareness.getStates().has(bobId), {
      what: "Bob's presence to go",
    });
    expect(alice.provider.awareness.getStates().get(alice.doc.clientID)?.user).toEqual({
      name: 'Alice',
      color: '#3366cc',
    });
  });

  it('closes the socket with 4404 for an unknown statement', async () => {
    const stranger = connect(server.url, 'no-such-statement');
    const closed = await new Promise<{ code: number; reason: string }>((resolve) =>
      stranger.provider.once('closed', resolve),
    );
    expect(closed).toEqual({ code: 4404, reason: 'statement.not_found' });
  });

  it('resyncs an editor whose change depends on text the server never received (4502)', async () => {
    const { id } = await newStatement();
    const alice = connect(server.url, id);
    await waitSynced(alice);
    // Text Alice's copy holds as if it had come from the server, which never stored it (a
    // server restored from an older backup, say): the provider does not send it back.
    const elsewhere = connectClient(server.url, id, { connect: false });
    clients.push(elsewhere);
    elsewhere.appendParagraph('Paragraph the server lost.');
    Y.applyUpdate(alice.doc, Y.encodeStateAsUpdate(elsewhere.doc), alice.provider);
    const closes: number[] = [];
    alice.provider.on('connection-close', (event: CloseEvent | null) =>
      closes.push(event?.code ?? 0),
    );
    // Typing into that paragraph depends on it: refused, nothing stored, and the provider
    // reconnects; its sync step 2 then sends both the paragraph and the typing.
    alice.typeAtStart('Our ');
    await waitFor(() => closes.includes(4502), { what: 'a 4502 close' });
    const late = connect(server.url, id);
    await waitSynced(late);
    expect(await waitConverged([alice, late])).toBe('Our Paragraph the server lost.');
  });

  it('closes open editors with 4410 when the statement is deleted', async () => {
    const { id } = await newStatement();
    const alice = connect(server.url, id);
    await waitSynced(alice);
    const closed = new Promise<{ code: number }>((resolve) =>
      alice.provider.once('closed', resolve),
    );
    await team.drafter.client.expect(204, 'DELETE', `/api/statements/${id}`);
    expect((await closed).code).toBe(4410);
  });
});
