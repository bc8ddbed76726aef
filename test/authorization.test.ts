import { ROUTES } from '@plenary/api/contract';
import { SOCKET_EVENTS } from '@plenary/server';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collabMatrix,
  PUBLIC_ROUTES,
  restMatrix,
  socketMatrix,
  submittedMatrix,
  submittedWorkspace,
  WEB_APP_ROUTE,
} from './authorizationMatrix.js';
import { makeAuthWorld, ROLES, type AuthWorld, type RoleName } from './support/authWorld.js';
import { connectClient, type CollabClient } from './support/collabClient.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

describe('authorization matrix: every route, event and collab message kind × every role', () => {
  let server: TestServer;
  let world: AuthWorld;
  const sockets: Socket[] = [];
  const collabClients: CollabClient[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    world = await makeAuthWorld(server.url);
  }, 120_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    for (const client of collabClients) client.destroy();
    await server.stop({ removeData: true });
  });

  it('has an entry for every HTTP route of the real app and every socket.io event', () => {
    // The app answers exactly the contract's routes (and the web app); the matrix covers
    // every one of them that needs a session.
    expect([...server.server.apiRoutes].sort()).toEqual([...ROUTES, WEB_APP_ROUTE].sort());
    expect([...Object.keys(restMatrix), ...PUBLIC_ROUTES].sort()).toEqual(
      [...ROUTES, WEB_APP_ROUTE].sort(),
    );
    expect([...SOCKET_EVENTS].sort()).toEqual(Object.keys(socketMatrix).sort());
  });

  const restCases = Object.entries(restMatrix).flatMap(([route, entry]) =>
    entry ? ROLES.map((role) => [route, role, entry.allowed.includes(role), entry] as const) : [],
  );
  it.each(restCases)('%s as %s → allowed: %s', async (_route, role, allowed, entry) => {
    const response = await entry.run(world.clients[role], world);
    if (allowed) expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
    else expect([401, 403, 404], JSON.stringify(response.body)).toContain(response.status);
  });

  const submittedCases = Object.entries(submittedMatrix).flatMap(([route, entry]) =>
    ROLES.map((role) => [route, role, entry.allowed.includes(role)] as const),
  );
  it.each(submittedCases)(
    'after submission: %s as %s → allowed: %s',
    async (route, role, allowed) => {
      const submitted = await submittedWorkspace(world);
      const response = await submittedMatrix[route]!.run(world.clients[role], submitted);
      const body = JSON.stringify(response.body);
      if (allowed) expect(response.status, body).toBeLessThan(300);
      // The delegation's workspace does not exist for an organizer: 404, not 403.
      else if (role === 'organizer') expect(response.status, body).toBe(404);
      else expect([401, 403, 404], body).toContain(response.status);
    },
  );

  async function socketFor(role: RoleName): Promise<Socket | undefined> {
    const cookie = world.clients[role].cookie;
    const socket = io(server.url, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: cookie ? { cookie } : {},
    });
    sockets.push(socket);
    const connected = await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true));
      socket.once('connect_error', () => resolve(false));
    });
    return connected ? socket : undefined;
  }

  const socketCases = Object.entries(socketMatrix).flatMap(([event, entry]) =>
    ROLES.map((role) => [event, role, entry.allowed.includes(role)] as const),
  );
  it.each(socketCases)('socket.io %s as %s → allowed: %s', async (event, role, allowed) => {
    const socket = await socketFor(role);
    if (!socket) {
      expect(allowed).toBe(false);
      return;
    }
    const ack = (await socket
      .timeout(5_000)
      .emitWithAck(event, socketMatrix[event]!.payload(world))) as { ok: boolean };
    expect(ack.ok).toBe(allowed);
  });

  function openCollab(role: RoleName): {
    client: CollabClient;
    outcome: Promise<'synced' | number>;
  } {
    const client = connectClient(server.url, world.statement.id, {
      cookie: world.clients[role].cookie,
      user: role,
    });
    collabClients.push(client);
    const outcome = new Promise<'synced' | number>((resolve) => {
      client.provider.on('sync', (synced: boolean) => synced && resolve('synced'));
      client.provider.on('connection-close', (event: CloseEvent | null) =>
        resolve(event?.code ?? 0),
      );
    });
    return { client, outcome };
  }

  it.each(ROLES.map((role) => [role, collabMatrix.read.includes(role)] as const))(
    'collab sync (read the text) as %s → allowed: %s',
    async (role, allowed) => {
      const { client, outcome } = openCollab(role);
      const result = await outcome;
      client.provider.disconnect();
      if (allowed) expect(result).toBe('synced');
      else expect([1006, 4403, 4404]).toContain(result);
    },
  );

  it.each(collabMatrix.suggest.map((role) => [role] as const))(
    'collab plain update as %s → refused with 4423, nothing stored',
    async (role) => {
      const observer = openCollab('drafter');
      const writer = openCollab(role);
      await Promise.all([observer.outcome, writer.outcome]);
      const rowsBefore = await server.server.stores.documents.rowCount(world.statement.id);
      const closed = new Promise<number>((resolve) =>
        writer.client.provider.once('connection-close', (event: CloseEvent | null) =>
          resolve(event?.code ?? 0),
        ),
      );
      writer.client.appendParagraph(`probe from ${role}`);
      expect(await closed).toBe(4423);
      expect(observer.client.text()).not.toContain(`probe from ${role}`);
      expect(await server.server.stores.documents.rowCount(world.statement.id)).toBe(rowsBefore);
      observer.client.provider.disconnect();
      writer.client.provider.disconnect();
    },
  );

  it.each(
    collabMatrix.read
      .filter((role) => !collabMatrix.suggest.includes(role))
      .map((role) => [role, collabMatrix.write.includes(role)] as const),
  )('collab update and awareness as %s → update stored and shared: %s', async (role, allowed) => {
    const observer = openCollab('drafter');
    const writer = openCollab(role);
    await Promise.all([observer.outcome, writer.outcome]);
    const rowsBefore = await server.server.stores.documents.rowCount(world.statement.id);
    writer.client.appendParagraph(`probe from ${role}`);
    // Awareness sent after the update: once the observer sees it, the update was handled.
    writer.client.provider.awareness.setLocalStateField('probe', role);
    const writerId = writer.client.doc.clientID;
    await waitFor(
      () => observer.client.provider.awareness.getStates().get(writerId)?.probe === role,
      {
        what: `awareness from ${role}`,
      },
    );
    if (allowed) {
      await waitFor(() => observer.client.text().includes(`probe from ${role}`), {
        what: 'update to arrive',
      });
    } else {
      expect(observer.client.text()).not.toContain(`probe from ${role}`);
      expect(await server.server.stores.documents.rowCount(world.statement.id)).toBe(rowsBefore);
    }
    observer.client.provider.disconnect();
    writer.client.provider.disconnect();
  });
});
