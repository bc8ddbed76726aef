// A statement whose stored log holds updates Yjs cannot integrate whole (stored before rooms
// checked what they take, `KnownDependencies`): loaded in one transaction they broke its
// clean-up and the statement could not be opened (close 4500). It opens with what Yjs can
// integrate, and the next compaction replaces the log with that.
import { mergeUpdates } from '@plenary/collab';
import { statementText } from '@plenary/statement-model';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import { makeDraftingTeam } from './support/factories.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

/**
 * Three updates the protocol fuzz had stored (seed 1555118800, before the check), reduced to
 * the fewest that still broke the load: a deletion of items the room never had, a struct of
 * length 0 and an update completing what it waited for.
 */
const DAMAGED = [
  'AAGy8hkCAAQnAg==',
  'AQuytRkABwEHY29udGVudAMJcGFyYWdyYXBoBwCy8hkABgEAsvIZAQOBsvIZBAGEsvIZBSFQcmVzaWRlbnQsIHdlIHRoYW5rIHRoZSBicmllZmVycy5BsvIZAgDBsvIZBLLyGQUBh7LyGQADCmJsb2NrcXVvdGUHALLyGSkDCXBhcmFncmFwaAcAsvIZKgYEALLyGSsMUXVvdGVkIHdvcmRzAbLyGQICBCcC',
  'AQuy8hkABwEHY29udGVudAMJcGFyYWdyYXBoBwCy8hkABgEAsvIZAQOBsvIZBAGksvIZBSFQcmVzaWRlbnQsIHdlIHRoYW5rIHRoZSBicmllZmVycy5BsvIZAgHBsvIZBLLyGQUBh7LyGQADCmJsb2NrcXVvdGUHALLyGSkDCXBhcmFncmFwaAcAsvIZKgYEALLyGSsMUXVvdGVkIHdvcmRzAbLyGQICBCcC',
].map((row) => new Uint8Array(Buffer.from(row, 'base64')));

let server: TestServer;
const clients: CollabClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.stop({ removeData: true });
});

it('opens a statement whose log holds updates Yjs cannot integrate whole, keeping its text', async () => {
  server = await startTestServer();
  const team = await makeDraftingTeam(server.url);
  const { id } = team.statement;
  const cookie = team.drafter.client.cookie;
  const writer = connectClient(server.url, id, { cookie });
  clients.push(writer);
  await waitSynced(writer);
  writer.appendParagraph('Mr. President, we thank the briefers.');
  const documents = server.server.stores.documents;
  await waitFor(async () => (await documents.rowCount(id)) > 0, { what: 'the text stored' });
  writer.destroy();
  await documents.appendBatch(DAMAGED.map((update) => ({ documentId: id, update })));

  const { dataDir } = server;
  await server.stop();
  server = await startTestServer({ dataDir });
  const closes: number[] = [];
  const reader = connectClient(server.url, id, { cookie });
  clients.push(reader);
  reader.provider.on('connection-close', (event: CloseEvent | null) =>
    closes.push(event?.code ?? 0),
  );
  await waitSynced(reader);
  expect(reader.text()).toContain('Mr. President, we thank the briefers.');
  expect(closes).toEqual([]);

  // Compaction merges the same log (it too had thrown): one snapshot with the text.
  const merged = new Y.Doc();
  Y.applyUpdate(merged, mergeUpdates(await server.server.stores.documents.load(id)));
  expect(statementText(merged)).toBe(reader.text());
});
