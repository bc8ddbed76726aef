// The collab endpoint's heartbeat: a peer gone without closing (it no longer answers pings) is
// closed, and a live one is kept however many rounds pass. The heartbeat pings a slice of the
// sockets every 20 ms (SlicedRound); the period here is short so rounds are quick.
import type WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import { makeDraftingTeam, makeStatement } from './support/factories.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

const HEARTBEAT_MS = 600;

describe('collab heartbeat', () => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeDraftingTeam>>;
  const clients: CollabClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ env: { COLLAB_HEARTBEAT_MS: String(HEARTBEAT_MS) } });
    team = await makeDraftingTeam(server.url);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop({ removeData: true });
  });

  const connect = (statementId: string, autoPong: boolean): CollabClient => {
    const client = connectClient(server.url, statementId, {
      cookie: team.drafter.client.cookie,
      autoPong,
    });
    clients.push(client);
    return client;
  };

  it('closes a socket that stops answering pings and keeps one that answers', async () => {
    const { id } = await makeStatement(team.drafter.client, team.debate.id, [team.delegation.id]);
    const live = connect(id, true);
    const gone = connect(id, false);
    await Promise.all([waitSynced(live), waitSynced(gone)]);

    let liveCloses = 0;
    live.provider.on('connection-close', () => (liveCloses += 1));
    let goneClosed = false;
    gone.provider.on('connection-close', () => (goneClosed = true));
    let livePings = 0;
    (live.provider.ws as unknown as WebSocket).on('ping', () => (livePings += 1));

    await waitFor(() => goneClosed, { timeoutMs: 10_000, what: 'the silent socket to be closed' });
    // Four more rounds: the live socket is pinged each time, answers, and stays.
    const pingsThen = livePings;
    await waitFor(() => livePings >= pingsThen + 4, {
      timeoutMs: 20 * HEARTBEAT_MS,
      what: 'four more pings of the live socket',
    });
    expect(liveCloses).toBe(0);
    expect(live.provider.wsconnected).toBe(true);
  });

  it('refuses a heartbeat period below 100 ms in the configuration', async () => {
    await expect(
      startTestServer({ env: { COLLAB_HEARTBEAT_MS: '10' } }).then((s) => s.stop()),
    ).rejects.toThrow(/COLLAB_HEARTBEAT_MS/);
  });
});
