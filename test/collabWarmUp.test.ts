// The collab endpoint's warm-up at start: one real WebSocket open through `ws` and a room,
// from the process itself. It must leave nothing behind and be no way in for anyone else.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE_NAME } from '@plenary/storage';
import { WARM_UP_SECRET_HEADER } from '../apps/server/src/collab/warmUpSocket.js';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collabUrl, connectClient, waitSynced } from './support/collabClient.js';
import { makeDraftingTeam } from './support/factories.js';
import { startTestServer, type TestServer } from './support/testServer.js';

/** The HTTP status the server refused an upgrade with. */
function refusalStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => reject(new Error('upgraded')));
  });
}

describe('collab warm-up', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop({ removeData: true });
  });

  it('syncs once and leaves no room, connection or stored row behind', async () => {
    const team = await makeDraftingTeam(server.url);
    const { id } = team.statement;
    const editor = connectClient(server.url, id, { cookie: team.drafter.client.cookie });
    try {
      await waitSynced(editor);
      const rowsBefore = countRows(server.dataDir);

      expect(await server.server.collab.warmUp(5_000)).toBe(true);

      expect(server.server.rooms.openRoomIds).toEqual([id]);
      expect(server.server.live.collabOf('warm-up')).toEqual([]);
      expect(server.server.live.collabOfStatement(id).map((c) => c.userId)).toEqual([
        team.drafter.userId,
      ]);
      expect(countRows(server.dataDir)).toBe(rowsBefore);
      // The editor's statement saw no one else.
      expect([...editor.provider.awareness.getStates().keys()]).toEqual([editor.doc.clientID]);
    } finally {
      editor.destroy();
    }
  });

  it('means nothing on the server’s own listener', async () => {
    const headers = { [WARM_UP_SECRET_HEADER]: randomBytes(32).toString('base64url') };
    expect(await refusalStatus(`${collabUrl(server.url)}/warm-up:x`, headers)).toBe(401);
    expect(await refusalStatus(`${collabUrl(server.url)}/anything`, headers)).toBe(401);
  });
});

function countRows(dataDir: string): number {
  const sqlite = new Database(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
  try {
    const row = sqlite.prepare('SELECT count(*) AS n FROM document_updates').get() as { n: number };
    return row.n;
  } finally {
    sqlite.close();
  }
}
