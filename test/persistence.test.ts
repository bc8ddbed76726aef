import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteDatabase, SQLITE_FILE_NAME, Stores, WalIndex } from '@plenary/storage';
import { startChildServer } from './support/childServer.js';
import {
  connectClient,
  waitConverged,
  waitSynced,
  type CollabClient,
} from './support/collabClient.js';
import { makeDraftingTeam } from './support/factories.js';
import { ApiClient } from './support/http.js';
import { makeDataDir, startTestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

describe('persistence in the embedded SQLite store', () => {
  const clients: CollabClient[] = [];
  const dataDirs: string[] = [];
  const newDataDir = (): string => {
    const dir = makeDataDir();
    dataDirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps statements and their text across a server restart', async () => {
    const dataDir = newDataDir();
    const first = await startTestServer({ dataDir });
    const { statement, drafter } = await makeDraftingTeam(first.url);
    const cookie = drafter.client.cookie;
    const writer = connectClient(first.url, statement.id, { cookie });
    clients.push(writer);
    await waitSynced(writer);
    writer.appendParagraph('Mr. President,');
    writer.appendParagraph('Viet Nam welcomes this open debate.');
    const reader = connectClient(first.url, statement.id, { cookie });
    clients.push(reader);
    const before = await waitConverged([writer, reader]);
    writer.provider.disconnect();
    reader.provider.disconnect();
    await first.stop();

    const second = await startTestServer({ dataDir });
    try {
      // The session survives the restart too: it lives in the database.
      const again = new ApiClient(second.url, cookie);
      const { body } = await again.get<{ statements: { id: string; title: string }[] }>(
        '/api/statements',
      );
      expect(body.statements.map((s) => s.title)).toEqual([statement.title]);
      const after = connectClient(second.url, statement.id, { cookie });
      clients.push(after);
      await waitSynced(after);
      expect(after.text()).toBe(before);
    } finally {
      await second.stop();
    }
  });

  it('has an update on disk once another client has received it, even after SIGKILL', async () => {
    const dataDir = newDataDir();
    const child = await startChildServer(dataDir);
    const { statement, drafter } = await makeDraftingTeam(child.url);
    const cookie = drafter.client.cookie;
    const writer = connectClient(child.url, statement.id, { cookie });
    const witness = connectClient(child.url, statement.id, { cookie });
    clients.push(writer, witness);
    await Promise.all([waitSynced(writer), waitSynced(witness)]);

    writer.appendParagraph('Text that must survive a crash.');
    // The server broadcasts only after storing: seeing it on the witness means it is durable.
    await waitFor(() => witness.text().includes('survive a crash'), {
      what: 'broadcast to witness',
    });
    await child.kill('SIGKILL');
    writer.provider.disconnect();
    witness.provider.disconnect();

    const restarted = await startTestServer({ dataDir });
    try {
      const reader = connectClient(restarted.url, statement.id, { cookie });
      clients.push(reader);
      await waitSynced(reader);
      expect(reader.text()).toBe('Text that must survive a crash.');
    } finally {
      await restarted.stop();
    }
  });

  it('keeps every update of group-committed bursts from several writers after SIGKILL', async () => {
    const dataDir = newDataDir();
    const child = await startChildServer(dataDir);
    const { statement, drafter } = await makeDraftingTeam(child.url);
    const cookie = drafter.client.cookie;
    const writers = [1, 2, 3].map(() => connectClient(child.url, statement.id, { cookie }));
    const witness = connectClient(child.url, statement.id, { cookie });
    clients.push(...writers, witness);
    await Promise.all([...writers, witness].map((client) => waitSynced(client)));

    // Sent as fast as the providers can: runs are merged and rooms share transactions.
    for (let i = 0; i < 100; i += 1) {
      writers.forEach((writer, w) => writer.appendParagraph(`w${w}-${i}`));
    }
    await waitFor(() => (witness.text().match(/w\d-\d+/g) ?? []).length === 300, {
      what: 'witness to receive all 300 paragraphs',
    });
    const seen = witness.text();
    await child.kill('SIGKILL');
    for (const client of [...writers, witness]) client.provider.disconnect();

    const restarted = await startTestServer({ dataDir });
    try {
      const reader = connectClient(restarted.url, statement.id, { cookie });
      clients.push(reader);
      await waitSynced(reader);
      expect(reader.text()).toBe(seen);
    } finally {
      await restarted.stop();
    }
  });

  /**
   * Types `paragraphs` paragraphs (one stored row each) on a child server, each seen by a
   * second client before the next, then kills the server with SIGKILL.
   */
  async function typeThenCrash(
    dataDir: string,
    paragraphs: number,
    env: Record<string, string>,
  ): Promise<{ statementId: string; cookie: string | undefined; seen: string }> {
    const child = await startChildServer(dataDir, env);
    const { statement, drafter } = await makeDraftingTeam(child.url);
    const cookie = drafter.client.cookie;
    const writer = connectClient(child.url, statement.id, { cookie });
    const witness = connectClient(child.url, statement.id, { cookie });
    clients.push(writer, witness);
    await Promise.all([waitSynced(writer), waitSynced(witness)]);
    for (let i = 0; i < paragraphs; i += 1) {
      writer.appendParagraph(`Paragraph ${i} of the crash log.`);
      await waitFor(() => witness.text().includes(`Paragraph ${i} `), { what: `paragraph ${i}` });
    }
    const seen = witness.text();
    await child.kill('SIGKILL');
    writer.provider.disconnect();
    witness.provider.disconnect();
    return { statementId: statement.id, cookie, seen };
  }

  it('after SIGKILL, gives a new client the snapshot and the rows after it (as one encoded document), all held when it reports synced', async () => {
    const dataDir = newDataDir();
    // Compacted in the background every five rows.
    const { statementId, cookie, seen } = await typeThenCrash(dataDir, 12, {
      COMPACT_AFTER_UPDATES: '5',
    });
    const stores = new Stores(await openSqliteDatabase(dataDir));
    try {
      // A snapshot and the rows stored after it, not a single row sent as read.
      expect((await stores.documents.load(statementId)).length).toBeGreaterThan(1);
    } finally {
      await stores.close();
    }

    // Without the start's own compaction, so the open replays the crash log itself.
    const restarted = await startTestServer({ dataDir, env: { COMPACT_ON_START_MS: '0' } });
    try {
      const reader = connectClient(restarted.url, statementId, { cookie, connect: false });
      clients.push(reader);
      let atSynced: string | undefined;
      // `sync` is emitted with `synced` (its alias), when the sync step 2 has been applied.
      reader.provider.once('sync', () => (atSynced = reader.text()));
      reader.provider.connect();
      await waitSynced(reader);
      expect(atSynced).toBe(seen);
    } finally {
      await restarted.stop();
    }
  });

  it('after SIGKILL, compacts the crash log before listening, so the first open is one stored snapshot', async () => {
    const dataDir = newDataDir();
    const { statementId, cookie, seen } = await typeThenCrash(dataDir, 8, {
      COMPACT_AFTER_UPDATES: '1000',
    });

    const restarted = await startTestServer({ dataDir });
    try {
      // Listening, and nobody has opened the statement: its log is already one row.
      expect(await restarted.server.stores.documents.rowCount(statementId)).toBe(1);
      // And what the crash and the compaction left in the WAL is in the database file, so no
      // checkpoint (nor its worker's start) shares the core with the first open.
      const wal = new WalIndex(join(dataDir, `${SQLITE_FILE_NAME}-shm`));
      expect(await wal.framesToCheckpoint()).toBe(0);
      await wal.close();
      const reader = connectClient(restarted.url, statementId, { cookie });
      clients.push(reader);
      await waitSynced(reader);
      expect(reader.text()).toBe(seen);
    } finally {
      await restarted.stop();
    }
  });

  it('flushes and stops cleanly on SIGTERM', async () => {
    const dataDir = newDataDir();
    const child = await startChildServer(dataDir);
    const { statement, drafter } = await makeDraftingTeam(child.url);
    const cookie = drafter.client.cookie;
    const writer = connectClient(child.url, statement.id, { cookie });
    clients.push(writer);
    await waitSynced(writer);
    writer.appendParagraph('Saved before shutdown.');
    await waitFor(async () => {
      const check = connectClient(child.url, statement.id, { cookie });
      try {
        await waitSynced(check);
        return check.text().includes('Saved before shutdown.');
      } finally {
        check.destroy();
      }
    });
    expect(await child.kill('SIGTERM')).toBe(0);
    expect(child.output()).toContain('Plenary stopped');
  });
});
