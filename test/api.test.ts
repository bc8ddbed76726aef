import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, makeStatement, type StatementJson } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';

type ErrorBody = { error: { code: string; message: string } };
type Ack = { ok: true } | { ok: false; error: { code: string } };

describe('REST API and socket.io statement rooms', () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await server.stop({ removeData: true });
  });

  async function connectSocket(): Promise<Socket> {
    const socket = io(server.url, { transports: ['websocket'], forceNew: true });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) =>
      socket.once('connect', resolve).once('connect_error', reject),
    );
    return socket;
  }
  const join = (socket: Socket, payload: unknown): Promise<Ack> =>
    socket.timeout(5_000).emitWithAck('statement:join', payload) as Promise<Ack>;

  it('reports health', async () => {
    const { status, body } = await api<{ status: string }>(server.url, '/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
  });

  it('creates, lists, renames and deletes statements', async () => {
    const created = await makeStatement(server.url, '  Statement of Ghana  ');
    expect(created.title).toBe('Statement of Ghana');
    const list = await api<{ statements: StatementJson[] }>(server.url, '/api/statements');
    expect(list.body.statements.map((s) => s.id)).toContain(created.id);

    const renamed = await api<{ statement: StatementJson }>(
      server.url,
      `/api/statements/${created.id}`,
      {
        method: 'PATCH',
        body: { title: 'Statement of Ghana (revised)' },
      },
    );
    expect(renamed.body.statement.title).toBe('Statement of Ghana (revised)');

    expect(
      (await api(server.url, `/api/statements/${created.id}`, { method: 'DELETE' })).status,
    ).toBe(204);
    const gone = await api<ErrorBody>(server.url, `/api/statements/${created.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('statement.not_found');
  });

  it.each([
    ['an empty title', { title: '   ' }, 400, 'request.invalid'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 400, 'request.invalid'],
    ['an unknown field', { title: 'ok', owner: 'me' }, 400, 'request.invalid'],
    ['a missing body', undefined, 400, 'request.invalid'],
  ])('refuses a statement with %s', async (_name, body, status, code) => {
    const response = await api<ErrorBody>(server.url, '/api/statements', { method: 'POST', body });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toMatch(/title|statement/i);
  });

  it('refuses malformed JSON, oversized bodies and cross-origin writes with clear errors', async () => {
    const malformed = await fetch(`${server.url}/api/statements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title": ',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorBody).error.code).toBe('request.malformed_json');

    const huge = await api<ErrorBody>(server.url, '/api/statements', {
      method: 'POST',
      body: { title: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('request.too_large');

    const crossSite = await api<ErrorBody>(server.url, '/api/statements', {
      method: 'POST',
      body: { title: 'Forged' },
      headers: { Origin: 'https://attacker.example' },
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error.code).toBe('request.cross_origin');
  });

  it('broadcasts a rename and a deletion to the statement room, and only to it', async () => {
    const statement = await makeStatement(server.url);
    const other = await makeStatement(server.url, 'Another statement');
    const member = await connectSocket();
    const outsider = await connectSocket();
    expect(await join(member, { statementId: statement.id })).toEqual({ ok: true });
    expect(await join(outsider, { statementId: other.id })).toEqual({ ok: true });
    const outsiderEvents: string[] = [];
    outsider.onAny((event: string) => outsiderEvents.push(event));

    const updated = new Promise<{ statement: StatementJson }>((resolve) =>
      member.once('statement:updated', resolve),
    );
    await api(server.url, `/api/statements/${statement.id}`, {
      method: 'PATCH',
      body: { title: 'Renamed' },
    });
    expect((await updated).statement.title).toBe('Renamed');

    const deleted = new Promise<{ statementId: string }>((resolve) =>
      member.once('statement:deleted', resolve),
    );
    await api(server.url, `/api/statements/${statement.id}`, { method: 'DELETE' });
    expect(await deleted).toEqual({ statementId: statement.id });
    // A round trip on the outsider's socket proves it had time to receive anything sent to it.
    await join(outsider, { statementId: other.id });
    expect(outsiderEvents).toEqual([]);
  });

  it('answers a bad join with an error acknowledgement', async () => {
    const socket = await connectSocket();
    expect(await join(socket, { statementId: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'statement.not_found' },
    });
    expect(await join(socket, { statementId: 42 })).toMatchObject({
      ok: false,
      error: { code: 'request.invalid' },
    });
  });
});
