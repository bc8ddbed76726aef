import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDebate,
  makeDelegation,
  makeDraftingTeam,
  makeMember,
  makeStatement,
  type StatementJson,
} from './support/factories.js';
import { api, type ApiClient } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';

type ErrorBody = { error: { code: string; message: string } };
type Ack = { ok: true } | { ok: false; error: { code: string } };

describe('REST API and socket.io statement rooms', () => {
  let server: TestServer;
  let team: Awaited<ReturnType<typeof makeDraftingTeam>>;
  let drafter: ApiClient;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    team = await makeDraftingTeam(server.url);
    drafter = team.drafter.client;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await server.stop({ removeData: true });
  });

  async function connectSocket(cookie: string | undefined): Promise<Socket> {
    const socket = io(server.url, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: cookie ? { cookie } : {},
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) =>
      socket.once('connect', resolve).once('connect_error', reject),
    );
    return socket;
  }
  const join = (socket: Socket, payload: unknown): Promise<Ack> =>
    socket.timeout(5_000).emitWithAck('statement:join', payload) as Promise<Ack>;

  it('reports health without a session', async () => {
    const { status, body } = await api<{ status: string }>(server.url, '/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
  });

  it('creates, lists, renames and deletes statements of a delegation', async () => {
    const created = await makeStatement(
      drafter,
      team.debate.id,
      [team.delegation.id],
      '  Statement of Ghana  ',
    );
    expect(created.title).toBe('Statement of Ghana');
    const list = await drafter.get<{ statements: StatementJson[] }>(
      `/api/debates/${team.debate.id}/statements`,
    );
    expect(list.body.statements.map((s) => s.id)).toContain(created.id);

    const renamed = await drafter.patch<{ statement: StatementJson }>(
      `/api/statements/${created.id}`,
      {
        title: 'Statement of Ghana (revised)',
      },
    );
    expect(renamed.body.statement.title).toBe('Statement of Ghana (revised)');

    expect((await drafter.delete(`/api/statements/${created.id}`)).status).toBe(204);
    const gone = await drafter.get<ErrorBody>(`/api/statements/${created.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('statement.not_found');
  });

  it.each([
    ['an empty title', { title: '   ', delegationIds: ['x'] }, 'title'],
    ['a title over 200 characters', { title: 'x'.repeat(201), delegationIds: ['x'] }, 'title'],
    ['an unknown field', { title: 'ok', delegationIds: ['x'], owner: 'me' }, 'owner'],
    ['no delegation', { title: 'ok', delegationIds: [] }, 'delegationIds'],
    ['a missing body', undefined, 'statement'],
  ])('refuses a statement with %s, naming the field', async (_name, body, field) => {
    const response = await drafter.post<ErrorBody>(
      `/api/debates/${team.debate.id}/statements`,
      body,
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('request.invalid');
    expect(response.body.error.message).toContain(field);
  });

  it('refuses malformed JSON, oversized bodies and cross-origin writes with clear errors', async () => {
    const malformed = await fetch(`${server.url}/api/debates`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: drafter.cookie ?? '',
        origin: server.url,
      },
      body: '{"theme": ',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).error.code).toBe('request.malformed_json');

    const huge = await drafter.post<ErrorBody>('/api/debates', {
      theme: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('request.too_large');

    const crossSite = await drafter.request<ErrorBody>(
      'POST',
      '/api/debates',
      { theme: 'Forged' },
      {
        origin: 'https://attacker.example',
      },
    );
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error.code).toBe('request.cross_origin');

    const cookieWithoutOrigin = await fetch(`${server.url}/api/debates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: drafter.cookie ?? '' },
      body: JSON.stringify({ theme: 'No origin' }),
    });
    expect(cookieWithoutOrigin.status).toBe(403);
  });

  it('refuses a socket.io connection without a session', async () => {
    await expect(connectSocket(undefined)).rejects.toThrow('auth.unauthenticated');
  });

  it('broadcasts a rename and a deletion to the statement room, and only to it', async () => {
    const statement = await makeStatement(drafter, team.debate.id, [team.delegation.id]);
    const other = await makeStatement(
      drafter,
      team.debate.id,
      [team.delegation.id],
      'Another statement',
    );
    const member = await connectSocket(drafter.cookie);
    const outsider = await connectSocket(drafter.cookie);
    expect(await join(member, { statementId: statement.id })).toEqual({ ok: true });
    expect(await join(outsider, { statementId: other.id })).toEqual({ ok: true });
    const outsiderEvents: string[] = [];
    outsider.onAny((event: string) => outsiderEvents.push(event));

    const updated = new Promise<{ statement: StatementJson }>((resolve) =>
      member.once('statement:updated', resolve),
    );
    await drafter.patch(`/api/statements/${statement.id}`, { title: 'Renamed' });
    expect((await updated).statement.title).toBe('Renamed');

    const deleted = new Promise<{ statementId: string }>((resolve) =>
      member.once('statement:deleted', resolve),
    );
    await drafter.delete(`/api/statements/${statement.id}`);
    expect(await deleted).toEqual({ statementId: statement.id });
    // A round trip on the outsider's socket proves it had time to receive anything sent to it.
    await join(outsider, { statementId: other.id });
    expect(outsiderEvents).toEqual([]);
  });

  it('answers a bad or unauthorized join with an error acknowledgement', async () => {
    const otherDelegation = await makeDelegation(team.admin, team.debate.id);
    const stranger = await makeMember(team.admin, team.debate.id, 'drafter', otherDelegation.id);
    const socket = await connectSocket(stranger.client.cookie);
    expect(await join(socket, { statementId: team.statement.id })).toMatchObject({
      ok: false,
      error: { code: 'statement.not_found' },
    });
    expect(await join(socket, { statementId: 42 })).toMatchObject({
      ok: false,
      error: { code: 'request.invalid' },
    });
  });

  it('lists only the debates a user takes part in', async () => {
    const elsewhere = await makeDebate(team.admin, 'Another debate');
    const { body } = await drafter.get<{ debates: { id: string }[] }>('/api/debates');
    expect(body.debates.map((d) => d.id)).toEqual([team.debate.id]);
    expect(body.debates.map((d) => d.id)).not.toContain(elsewhere.id);
  });
});
