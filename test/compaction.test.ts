import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import { makeDraftingTeam } from './support/factories.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

describe('compaction of the update log', () => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop({ removeData: true });
  });

  let cookie: string | undefined;
  async function newStatement(): Promise<{ id: string }> {
    const team = await makeDraftingTeam(server.url);
    cookie = team.drafter.client.cookie;
    return team.statement;
  }

  async function writeUpdates(statementId: string): Promise<CollabClient> {
    const writer = connectClient(server.url, statementId, { cookie });
    clients.push(writer);
    await waitSynced(writer);
    for (let i = 0; i < 60; i += 1) writer.appendParagraph(`Paragraph ${i}`);
    for (let i = 0; i < 40; i += 1) writer.typeAtStart(`${i}.`);
    return writer;
  }

  it('compacts in the background after N updates, leaving content identical', async () => {
    server = await startTestServer({ env: { COMPACT_AFTER_UPDATES: '25' } });
    const { id } = await newStatement();
    const writer = await writeUpdates(id);
    const reader = connectClient(server.url, id, { cookie });
    clients.push(reader);
    await waitFor(() => reader.text() === writer.text() && reader.text().includes('39.'), {
      what: 'reader to see every update',
    });
    // 100 updates were stored; compaction keeps the log below the threshold plus the snapshot.
    expect(await server.server.stores.documents.rowCount(id)).toBeLessThanOrEqual(26);
    const fresh = connectClient(server.url, id, { cookie });
    clients.push(fresh);
    await waitSynced(fresh);
    expect(fresh.text()).toBe(writer.text());
  });

  it('compacts to one snapshot when the last editor leaves, and the text survives a restart', async () => {
    server = await startTestServer({
      env: { COMPACT_AFTER_UPDATES: '100000', UNLOAD_AFTER_MS: '0' },
    });
    const { id } = await newStatement();
    const writer = await writeUpdates(id);
    const witness = connectClient(server.url, id, { cookie });
    clients.push(witness);
    await waitFor(() => witness.text() === writer.text() && witness.text().includes('39.'), {
      what: 'witness to see every update',
    });
    // A burst may be stored as one merged row; an edit sent after the witness saw it was
    // broadcast, so stored, is a row of its own: the log holds more than one row.
    writer.appendParagraph('After the burst');
    await waitFor(() => witness.text().includes('After the burst'), { what: 'the late edit' });
    expect(await server.server.stores.documents.rowCount(id)).toBeGreaterThan(1);
    const text = writer.text();
    witness.provider.disconnect();
    writer.provider.disconnect();

    await waitFor(async () => (await server.server.stores.documents.rowCount(id)) === 1, {
      what: 'log to shrink to 1',
    });
    await waitFor(() => !server.server.rooms.openRoomIds.includes(id), { what: 'room to unload' });
    await server.stop();
    server = await startTestServer({ dataDir: server.dataDir });
    const reader = connectClient(server.url, id, { cookie });
    clients.push(reader);
    await waitSynced(reader);
    expect(reader.text()).toBe(text);
  });

  it('compacts a log by age while its editor stays (the age sweep, a slice of the rooms per tick)', async () => {
    server = await startTestServer({
      env: { COMPACT_AFTER_UPDATES: '100000', COMPACT_AFTER_MS: '300' },
    });
    const { id } = await newStatement();
    const writer = await writeUpdates(id);
    await waitFor(async () => (await server.server.stores.documents.rowCount(id)) === 1, {
      what: 'log to be compacted by age',
    });
    const fresh = connectClient(server.url, id, { cookie });
    clients.push(fresh);
    await waitSynced(fresh);
    expect(fresh.text()).toBe(writer.text());
  });

  it('compacts a log by size', async () => {
    server = await startTestServer({
      env: { COMPACT_AFTER_UPDATES: '100000', COMPACT_AFTER_BYTES: '2000' },
    });
    const { id } = await newStatement();
    const writer = connectClient(server.url, id, { cookie });
    clients.push(writer);
    await waitSynced(writer);
    // Paragraphs sent one at a time, each confirmed by a reader: one row each.
    const reader = connectClient(server.url, id, { cookie });
    clients.push(reader);
    for (let i = 0; i < 30; i += 1) {
      writer.appendParagraph(`Paragraph ${i} ${'x'.repeat(100)}`);
      await waitFor(() => reader.text().includes(`Paragraph ${i} `), { what: `paragraph ${i}` });
    }
    // 30 rows of over 100 bytes pass 2,000 bytes well before the end: compacted at least once.
    await waitFor(async () => (await server.server.stores.documents.rowCount(id)) < 20, {
      what: 'log to be compacted by size',
    });
  });
});
