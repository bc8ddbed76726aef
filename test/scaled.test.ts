// Scaled mode against the real PostgreSQL and Redis: three Plenary processes, one database.
import { Redis } from 'ioredis';
import { openPostgresDatabase, Stores } from '@plenary/storage';
import { statementText } from '@plenary/statement-model';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startChildServer, type ChildServer } from './support/childServer.js';
import {
  connectClient,
  waitConverged,
  waitSynced,
  type CollabClient,
} from './support/collabClient.js';
import { makeDraftingTeam, makeMember } from './support/factories.js';
import {
  makeTestSchema,
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  type TestSchema,
} from './support/postgres.js';
import { makeDataDir } from './support/testServer.js';
import { waitFor, within } from './support/waitFor.js';

describe('three processes on PostgreSQL and Redis', () => {
  let schema: TestSchema;
  let servers: ChildServer[] = [];
  let team: Awaited<ReturnType<typeof makeDraftingTeam>>;
  let stores: Stores;
  const clients: CollabClient[] = [];
  const sockets: Socket[] = [];

  const server = (i: number): ChildServer => servers[i]!;
  const connect = (i: number, options: Parameters<typeof connectClient>[2] = {}): CollabClient => {
    const client = connectClient(server(i).url, team.statement.id, {
      cookie: team.drafter.client.cookie,
      ...options,
    });
    clients.push(client);
    return client;
  };
  const storedText = async (): Promise<string> => {
    const doc = new Y.Doc();
    for (const update of await stores.documents.load(team.statement.id)) Y.applyUpdate(doc, update);
    return statementText(doc);
  };

  beforeAll(async () => {
    schema = makeTestSchema();
    const env = { ...schema.env, COMPACT_AFTER_UPDATES: '15', RECONCILE_INTERVAL_MS: '600000' };
    // The first process creates the schema; the others start once it exists.
    const first = await startChildServer(makeDataDir(), env);
    servers = [
      first,
      ...(await Promise.all([1, 2].map(() => startChildServer(makeDataDir(), env)))),
    ];
    team = await makeDraftingTeam(first.url);
    stores = new Stores(
      await openPostgresDatabase(TEST_DATABASE_URL, { schema: schema.name, poolSize: 2 }),
      'postgres',
    );
  }, 120_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const socket of sockets) socket.disconnect();
    // After a failed start some of these were never set: clean up what exists.
    await Promise.all(
      servers.map((s) => (s.process.exitCode === null ? s.kill('SIGTERM') : undefined)),
    );
    await stores?.close();
    await schema?.drop().catch(() => undefined);
  });

  it('co-writes through different processes to identical content everywhere and in the database', async () => {
    const editors = [connect(0), connect(1), connect(2)];
    await Promise.all(editors.map((editor) => waitSynced(editor)));
    for (let i = 0; i < 20; i += 1) {
      editors.forEach((editor, p) => editor.appendParagraph(`process ${p} line ${i}`));
    }
    const merged = await waitConverged(editors, 20_000);
    expect(merged.split('\n\n')).toHaveLength(60);
    await waitFor(async () => (await storedText()) === merged, {
      what: 'database to hold the merged text',
    });
    // 60 updates with compaction after 15 on each process: the log was compacted concurrently.
    expect(await stores.documents.rowCount(team.statement.id)).toBeLessThan(60);
  });

  it('shares presence and socket.io events across processes', async () => {
    const alice = connect(0, { user: 'Alice' });
    const carol = connect(2, { user: 'Carol' });
    await Promise.all([waitSynced(alice), waitSynced(carol)]);
    // Names on carets come from the session, not from what the client claims.
    const { user } = (
      await team.drafter.client.get<{ user: { displayName: string } }>('/api/auth/session')
    ).body;
    await waitFor(
      () =>
        carol.provider.awareness.getStates().get(alice.doc.clientID)?.user?.name ===
        user.displayName,
      {
        what: "Alice's presence on another process",
      },
    );

    const socket = io(server(1).url, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { cookie: team.drafter.client.cookie ?? '' },
    });
    sockets.push(socket);
    expect(await socket.emitWithAck('statement:join', { statementId: team.statement.id })).toEqual({
      ok: true,
    });
    const renamed = new Promise<{ statement: { title: string } }>((resolve) =>
      socket.once('statement:updated', resolve),
    );
    const other = team.drafter.client;
    const viaThird = await fetch(`${server(2).url}/api/statements/${team.statement.id}`, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        cookie: other.cookie ?? '',
        origin: server(2).url,
      },
      body: JSON.stringify({ title: 'Renamed on process 3' }),
    });
    expect(viaThird.status).toBe(200);
    expect((await within(5_000, renamed, 'rename event')).statement.title).toBe(
      'Renamed on process 3',
    );
  });

  it('signing out on one process closes the session’s editor on another within a second', async () => {
    const second = await makeMember(team.admin, team.debate.id, 'drafter', team.delegation.id);
    const editor = connectClient(server(1).url, team.statement.id, {
      cookie: second.client.cookie,
    });
    clients.push(editor);
    await waitSynced(editor);
    const closed = new Promise<number>((resolve) =>
      editor.provider.once('closed', (event) => resolve(event.code)),
    );
    const signOut = await fetch(`${server(0).url}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: second.client.cookie ?? '', origin: server(0).url },
    });
    expect(signOut.status).toBe(204);
    expect(await within(1_000, closed, 'close on another process')).toBe(4401);
  });

  it('converges after a process loses its Redis connections mid-edit (reconciles from the database)', async () => {
    const writer = connect(0);
    const reader = connect(1);
    await Promise.all([waitSynced(writer), waitSynced(reader)]);
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const list = await redis.client('LIST');
      const victims = String(list)
        .split('\n')
        .filter((line) => line.includes(`name=plenary-${schema.name}-${server(1).process.pid}`))
        .map((line) => /id=(\d+)/.exec(line)?.[1])
        .filter((id): id is string => id !== undefined);
      expect(victims.length).toBeGreaterThan(0);
      for (const id of victims) await redis.client('KILL', 'ID', id);
    } finally {
      redis.disconnect();
    }
    // Published while process 2 has no subscription: lost on the bus, found in the database.
    for (let i = 0; i < 5; i += 1) writer.appendParagraph(`written during the blip ${i}`);
    await waitFor(() => reader.text().includes('written during the blip 4'), {
      timeoutMs: 15_000,
      what: 'reader to converge',
    });
    expect(reader.text()).toBe(writer.text());
  });

  it('loses nothing acknowledged when a process is killed mid-edit; its clients move to another', async () => {
    const doc = new Y.Doc();
    const writer = connect(2, { doc });
    const witness = connect(0);
    await Promise.all([waitSynced(writer), waitSynced(witness)]);
    for (let i = 0; i < 10; i += 1) writer.appendParagraph(`acknowledged ${i}`);
    await waitFor(() => witness.text().includes('acknowledged 9'), {
      what: 'witness on another process',
    });
    for (let i = 0; i < 10; i += 1) writer.appendParagraph(`in flight ${i}`);
    await server(2).kill('SIGKILL');
    writer.provider.destroy();

    // A load balancer would send the reconnecting client to a live process.
    const moved = connect(1, { doc });
    await waitSynced(moved);
    await waitFor(() => witness.text().includes('in flight 9'), {
      what: 'edits to arrive via another process',
    });
    expect(witness.text()).toBe(moved.text());
    await waitFor(async () => (await storedText()) === witness.text(), {
      what: 'database to hold everything',
    });
    for (let i = 0; i < 10; i += 1) expect(await storedText()).toContain(`acknowledged ${i}`);
  });

  it('counts password guesses once for all processes (limits in Redis)', async () => {
    // An earlier test killed one process; the guesses alternate between the live ones.
    const live = servers.filter((s) => s.process.exitCode === null && !s.process.killed);
    expect(live.length).toBeGreaterThanOrEqual(2);
    const statuses: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const response = await fetch(`${live[i % live.length]!.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'guessed@example.org', password: `guess ${i}` }),
      });
      statuses.push(response.status);
    }
    // Four failures are free, the fifth starts the back-off: one process alone would allow
    // five, processes counting apart would allow five each.
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true);
  });
});
