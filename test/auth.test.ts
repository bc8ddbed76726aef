import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collabUrl, connectClient, waitSynced, type CollabClient } from './support/collabClient.js';
import { makeDraftingTeam, makeMember, setupAdmin, TEST_PASSWORD } from './support/factories.js';
import { ApiClient } from './support/http.js';
import { makeDataDir, startTestServer, type TestServer } from './support/testServer.js';
import { waitFor, within } from './support/waitFor.js';

type ErrorBody = { error: { code: string; message: string } };

describe('accounts and sessions', () => {
  let server: TestServer | undefined;
  const cleanup: (() => void)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0)) fn();
    await server?.stop({ removeData: true });
    server = undefined;
  });
  const start = async (env: Record<string, string> = {}) =>
    (server = await startTestServer({ env }));
  const collab = (
    baseUrl: string,
    statementId: string,
    cookie: string | undefined,
  ): CollabClient => {
    const client = connectClient(baseUrl, statementId, { cookie });
    cleanup.push(() => client.destroy());
    return client;
  };
  const socketFor = async (baseUrl: string, cookie: string | undefined): Promise<Socket> => {
    const socket = io(baseUrl, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: cookie ? { cookie } : {},
    });
    cleanup.push(() => socket.disconnect());
    await new Promise<void>((resolve, reject) =>
      socket.once('connect', resolve).once('connect_error', reject),
    );
    return socket;
  };

  it('has no default account: the first visit sets up the administrator, once', async () => {
    const { url } = await start();
    const visitor = new ApiClient(url);
    expect(
      (await visitor.get<{ needsSetup: boolean; user: null }>('/api/auth/session')).body,
    ).toEqual({
      needsSetup: true,
      user: null,
    });
    for (const password of ['admin', 'password', 'plenary']) {
      expect(
        (await visitor.post('/api/auth/sign-in', { email: 'admin@example.org', password })).status,
      ).toBe(401);
    }
    const admin = await setupAdmin(url);
    const session = await admin.get<{ user: { isAdmin: boolean }; needsSetup: boolean }>(
      '/api/auth/session',
    );
    expect(session.body).toMatchObject({ user: { isAdmin: true }, needsSetup: false });
    const again = await visitor.post<ErrorBody>('/api/auth/setup', {
      email: 'mallory@example.org',
      displayName: 'Mallory',
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('setup.done');
  });

  it('signs in with an httpOnly SameSite=Lax cookie and stores only a scrypt hash', async () => {
    const { url } = await start();
    await setupAdmin(url);
    const wrong = await new ApiClient(url).post<ErrorBody>('/api/auth/sign-in', {
      email: 'admin@example.org',
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe('The email or password is not correct.');
    const client = new ApiClient(url);
    const ok = await client.post('/api/auth/sign-in', {
      email: 'ADMIN@example.org ',
      password: TEST_PASSWORD,
    });
    expect(ok.status).toBe(200);
    const [device, session] = ok.headers.getSetCookie();
    expect(session).toMatch(
      /^plenary_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/,
    );
    // The browser is remembered for the login limiter; the cookie grants nothing by itself.
    expect(device).toMatch(
      /^plenary_device=[\w-]+; Path=\/api\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/,
    );
    const row = await server!.server.stores.db
      .selectFrom('users')
      .select('password_hash')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
  });

  it('rate-limits sign-in attempts and says when to try again', async () => {
    const { url } = await start({ AUTH_RATE_LIMIT: '3' });
    await setupAdmin(url);
    const client = new ApiClient(url);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push(
        (await client.post('/api/auth/sign-in', { email: 'admin@example.org', password: 'wrong' }))
          .status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await client.post<ErrorBody>('/api/auth/sign-in', {
      email: 'admin@example.org',
      password: TEST_PASSWORD,
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('signing out closes that session’s collab and socket.io connections within a second', async () => {
    const { url } = await start();
    const { statement, drafter } = await makeDraftingTeam(url);
    const editor = collab(url, statement.id, drafter.client.cookie);
    await waitSynced(editor);
    const socket = await socketFor(url, drafter.client.cookie);
    const closed = new Promise<number>((resolve) =>
      editor.provider.once('closed', (event) => resolve(event.code)),
    );
    const ended = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));

    const cookie = drafter.client.cookie;
    expect((await drafter.client.post('/api/auth/sign-out')).status).toBe(204);
    expect(await within(1_000, closed, 'collab close')).toBe(4401);
    await within(1_000, ended, 'socket.io disconnect');
    expect((await new ApiClient(url, cookie).get('/api/statements')).status).toBe(401);
  }, 5_000);

  it('revoking a membership closes the member’s live connections at once', async () => {
    const { url } = await start();
    const { admin, statement, drafter, delegation } = await makeDraftingTeam(url);
    const editor = collab(url, statement.id, drafter.client.cookie);
    await waitSynced(editor);
    const socket = await socketFor(url, drafter.client.cookie);
    await socket.emitWithAck('statement:join', { statementId: statement.id });
    const revoked = new Promise<{ room: string }>((resolve) =>
      socket.once('access:revoked', resolve),
    );
    const closed = new Promise<number>((resolve) =>
      editor.provider.once('closed', (event) => resolve(event.code)),
    );

    await admin.expect(
      204,
      'DELETE',
      `/api/delegations/${delegation.id}/members/${drafter.userId}`,
    );
    expect(await within(1_000, closed, 'collab close')).toBe(4403);
    expect(await within(1_000, revoked, 'socket.io revocation')).toEqual({
      room: `statement:${statement.id}`,
    });
  }, 5_000);

  it('a role changed to viewer reconnects read-only: later edits are not stored', async () => {
    const { url } = await start();
    const { admin, statement, drafter, delegation } = await makeDraftingTeam(url);
    const editor = collab(url, statement.id, drafter.client.cookie);
    await waitSynced(editor);
    editor.appendParagraph('Written as drafter.');
    await waitFor(async () => (await server!.server.stores.documents.rowCount(statement.id)) === 1);
    const reconnected = new Promise<number>((resolve) =>
      editor.provider.once('connection-close', (event: CloseEvent | null) =>
        resolve(event?.code ?? 0),
      ),
    );
    await admin.expect(204, 'PUT', `/api/delegations/${delegation.id}/members/${drafter.userId}`, {
      role: 'viewer',
    });
    expect(await reconnected).toBe(4501);
    await waitSynced(editor);
    editor.appendParagraph('Written as viewer.');
    const reader = collab(url, statement.id, admin.cookie);
    const observer = collab(url, statement.id, drafter.client.cookie);
    await waitSynced(observer);
    expect(observer.text()).toBe('Written as drafter.');
    expect(await server!.server.stores.documents.rowCount(statement.id)).toBe(1);
    reader.destroy();
  });

  it('refuses an expired or tampered session cookie at the WebSocket upgrade', async () => {
    const { url } = await start();
    const { admin, debate, delegation, statement, drafter } = await makeDraftingTeam(url);
    // A session that opened a statement is kept for a few seconds (its expiry time with it);
    // one that has not is read afresh, and so is refused once its row says it expired.
    const colleague = await makeMember(admin, debate.id, 'drafter', delegation.id);
    const upgradeStatus = (cookie: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${collabUrl(url)}/${statement.id}`, { headers: { cookie } });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => {
          resolve(101);
          ws.close();
        });
      });
    const cookie = drafter.client.cookie ?? '';
    expect(await upgradeStatus(cookie)).toBe(101);
    expect(await upgradeStatus(cookie.slice(0, -2) + 'xx')).toBe(401);
    expect(await upgradeStatus('plenary_session=not-a-real-token-at-all-000000')).toBe(401);
    await server!.server.stores.db
      .updateTable('sessions')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .execute();
    expect(await upgradeStatus(colleague.client.cookie ?? '')).toBe(401);
    expect((await drafter.client.get<ErrorBody>('/api/statements')).body.error.code).toBe(
      'auth.unauthenticated',
    );
  });

  it('invitation links are one-time, expire, can be revoked and belong to one email', async () => {
    const { url } = await start();
    const { admin, debate, delegation } = await makeDraftingTeam(url);
    const invite = async (email: string) => {
      const body = await admin.expect<{ url: string; invitation: { id: string } }>(
        201,
        'POST',
        `/api/debates/${debate.id}/invitations`,
        {
          email,
          role: 'reviewer',
          delegationId: delegation.id,
        },
      );
      return { token: body.url.split('/invite/')[1] ?? '', id: body.invitation.id };
    };
    const once = await invite('ambassador@example.org');
    const preview = await new ApiClient(url).get<{
      invitation: { role: string };
    }>(`/api/invitations/by-token/${once.token}`);
    expect(preview.body.invitation).toMatchObject({ role: 'reviewer' });
    expect(preview.body.invitation).not.toHaveProperty('accountExists');
    const weak = await new ApiClient(url).post<ErrorBody>(
      `/api/invitations/by-token/${once.token}/accept`,
      {
        displayName: 'Ambassador',
        password: 'short',
      },
    );
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('password.too_short');
    expect(weak.body.error.message).toContain('at least 12 characters');
    const accepted = new ApiClient(url);
    await accepted.expect(200, 'POST', `/api/invitations/by-token/${once.token}/accept`, {
      displayName: 'Ambassador',
      password: TEST_PASSWORD,
    });
    // Each dead link says which case it is: used, already joined, withdrawn, not a link.
    const reused = await new ApiClient(url).post<ErrorBody>(
      `/api/invitations/by-token/${once.token}/accept`,
      {},
    );
    expect([reused.status, reused.body.error.code]).toEqual([410, 'invitation.used']);
    const again = await accepted.get<ErrorBody>(`/api/invitations/by-token/${once.token}`);
    expect([again.status, again.body.error.code]).toEqual([409, 'invitation.already_member']);

    const revoked = await invite('revoked@example.org');
    await admin.expect(204, 'DELETE', `/api/invitations/${revoked.id}`);
    const withdrawn = await new ApiClient(url).get<ErrorBody>(
      `/api/invitations/by-token/${revoked.token}`,
    );
    expect([withdrawn.status, withdrawn.body.error.code]).toEqual([410, 'invitation.revoked']);
    const fake = await new ApiClient(url).get<ErrorBody>(
      `/api/invitations/by-token/${'x'.repeat(43)}`,
    );
    expect([fake.status, fake.body.error.code]).toEqual([404, 'invitation.invalid']);

    const expired = await invite('late@example.org');
    await server!.server.stores.db
      .updateTable('invitations')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', expired.id)
      .execute();
    expect(
      (await new ApiClient(url).get<ErrorBody>(`/api/invitations/by-token/${expired.token}`)).body
        .error.code,
    ).toBe('invitation.expired');

    const someoneElses = await invite('someone.else@example.org');
    const wrongAccount = await accepted.post<ErrorBody>(
      `/api/invitations/by-token/${someoneElses.token}/accept`,
      {},
    );
    expect(wrongAccount.status).toBe(403);
    expect(wrongAccount.body.error.code).toBe('invitation.wrong_account');
    const audit = await admin.get<{ events: { action: string }[] }>(
      `/api/debates/${debate.id}/audit`,
    );
    expect(audit.body.events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'invitation.created',
        'invitation.accepted',
        'invitation.revoked',
        'statement.created',
      ]),
    );
  });

  it('an existing user accepts an invitation with their password', async () => {
    const { url } = await start();
    const { admin, debate } = await makeDraftingTeam(url);
    const other = await makeMember(admin, debate.id, 'organizer');
    const { url: link } = await admin.expect<{ url: string }>(
      201,
      'POST',
      `/api/debates/${debate.id}/invitations`,
      {
        email: other.email,
        role: 'organizer',
      },
    );
    const token = link.split('/invite/')[1];
    const fresh = new ApiClient(url);
    expect(
      (
        await fresh.post(`/api/invitations/by-token/${token}/accept`, {
          password: 'wrong password',
        })
      ).status,
    ).toBe(401);
    expect(
      (await fresh.post(`/api/invitations/by-token/${token}/accept`, { password: TEST_PASSWORD }))
        .status,
    ).toBe(200);
  });

  it('`plenary admin create` makes an administrator from a password on stdin', async () => {
    const dataDir = makeDataDir();
    const repoRoot = fileURLToPath(new URL('..', import.meta.url));
    const child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        'apps/server/src/cli.ts',
        'admin',
        'create',
        '--email',
        'ops@example.org',
        '--name',
        'Ops',
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, DATA_DIR: dataDir },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdin.end(`${TEST_PASSWORD}\n`);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(output).toContain('Created administrator ops@example.org.');
    expect(code).toBe(0);
    const { url } = (server = await startTestServer({ dataDir }));
    const ops = new ApiClient(url);
    expect(
      (await ops.post('/api/auth/sign-in', { email: 'ops@example.org', password: TEST_PASSWORD }))
        .status,
    ).toBe(200);
  });
});
