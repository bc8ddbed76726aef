// Password guessing and lock-outs, tried as an attacker with an ordinary account would.
import { afterEach, describe, expect, it } from 'vitest';
import { makeDebate, makeMember, setupAdmin, TEST_PASSWORD } from './support/factories.js';
import { ApiClient } from './support/http.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { waitFor } from './support/waitFor.js';

type ErrorBody = { error: { code: string; message: string } };
const VICTIM = 'admin@example.org';

describe('password guessing and lock-outs', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop({ removeData: true });
    server = undefined;
  });
  const start = async (env: Record<string, string> = {}) =>
    (server = await startTestServer({ env }));

  /** A signed-in user who invites the victim's email to a debate they created themselves. */
  async function invitationForVictim(url: string): Promise<string> {
    const admin = await setupAdmin(url, VICTIM);
    const host = await makeDebate(admin, 'Host debate');
    const mallory = await makeMember(admin, host.id, 'organizer', undefined, 'mallory');
    const own = await makeDebate(mallory.client, 'Mallory’s debate');
    const { url: link } = await mallory.client.expect<{ url: string }>(
      201,
      'POST',
      `/api/debates/${own.id}/invitations`,
      { email: VICTIM, role: 'organizer' },
    );
    return link.split('/invite/')[1] ?? '';
  }

  it('invitation accept: at most 10 wrong guesses per account, whatever X-Forwarded-For says', async () => {
    const { url } = await start({ AUTH_RATE_LIMIT: '1000' });
    const token = await invitationForVictim(url);
    const attacker = new ApiClient(url);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const response = await attacker.request(
        'POST',
        `/api/invitations/by-token/${token}/accept`,
        { password: `guess number ${i}` },
        { 'x-forwarded-for': `198.51.100.${i + 1}` },
      );
      statuses.push(response.status);
    }
    const checked = statuses.filter((status) => status === 401).length;
    expect(checked).toBeLessThanOrEqual(10);
    expect(statuses.slice(10).every((status) => status === 429)).toBe(true);
    // The right password is not accepted either while the account is being guessed at.
    const right = await attacker.request(
      'POST',
      `/api/invitations/by-token/${token}/accept`,
      { password: TEST_PASSWORD },
      { 'x-forwarded-for': '198.51.100.200' },
    );
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    // Sign-in shares the same limiter: no second door.
    const signIn = await attacker.post('/api/auth/sign-in', { email: VICTIM, password: 'x' });
    expect(signIn.status).toBe(429);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY names the proxy', async () => {
    const { url } = await start({ AUTH_RATE_LIMIT: '5' });
    await setupAdmin(url, VICTIM);
    const attacker = new ApiClient(url);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const response = await attacker.request(
        'POST',
        '/api/auth/sign-in',
        { email: `nobody${i}@example.org`, password: 'guess' },
        { 'x-forwarded-for': `198.51.100.${i + 1}` },
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  });

  it('the owner still signs in from a fresh address after an attacker’s burst', async () => {
    const { url } = await start({ TRUST_PROXY: 'loopback', AUTH_RATE_LIMIT: '1000' });
    await setupAdmin(url, VICTIM);
    const owner = new ApiClient(url);
    await owner.request(
      'POST',
      '/api/auth/sign-in',
      { email: VICTIM, password: TEST_PASSWORD },
      { 'x-forwarded-for': '203.0.113.5' },
    );
    await owner.post('/api/auth/sign-out');

    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const attacker = new ApiClient(url);
      const response = await attacker.request(
        'POST',
        '/api/auth/sign-in',
        { email: VICTIM, password: `guess ${i}` },
        { 'x-forwarded-for': `198.51.100.${i + 1}` },
      );
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(10);

    // The owner's browser signed in before: it is not locked out, even from a new address.
    const back = await owner.request(
      'POST',
      '/api/auth/sign-in',
      { email: VICTIM, password: TEST_PASSWORD },
      { 'x-forwarded-for': '192.0.2.77' },
    );
    expect(back.status).toBe(200);
  });

  it('a new browser waits a bounded time, never forever, after the guesses stop', async () => {
    const { url } = await start({
      TRUST_PROXY: 'loopback',
      // Long enough for the guesses to fit in it on a busy machine, short enough to wait out.
      AUTH_WINDOW_SECONDS: '15',
      AUTH_RATE_LIMIT: '1000',
    });
    await setupAdmin(url, VICTIM);
    for (let i = 0; i < 12; i += 1) {
      await new ApiClient(url).request(
        'POST',
        '/api/auth/sign-in',
        { email: VICTIM, password: `guess ${i}` },
        { 'x-forwarded-for': `198.51.100.${i + 1}` },
      );
    }
    const owner = new ApiClient(url);
    const signIn = () =>
      owner.request<ErrorBody>(
        'POST',
        '/api/auth/sign-in',
        { email: VICTIM, password: TEST_PASSWORD },
        { 'x-forwarded-for': '192.0.2.77' },
      );
    const first = await signIn();
    expect(first.status).toBe(429);
    expect(first.body.error.code).toBe('auth.rate_limited');
    expect(Number(first.headers.get('retry-after'))).toBeLessThanOrEqual(15);
    await waitFor(async () => (await signIn()).status === 200, {
      timeoutMs: 30_000,
      intervalMs: 250,
      what: 'the owner to sign in',
    });
  });

  it('backs off exponentially for one client that keeps failing', async () => {
    const { url } = await start({ AUTH_RATE_LIMIT: '1000' });
    await setupAdmin(url, VICTIM);
    const client = new ApiClient(url);
    const waits: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await waitFor(
        async () => {
          const response = await client.post('/api/auth/sign-in', {
            email: VICTIM,
            password: 'wrong',
          });
          if (response.status === 429) return false;
          expect(response.status).toBe(401);
          return true;
        },
        { timeoutMs: 20_000, intervalMs: 100, what: 'the next attempt to be allowed' },
      );
      const next = await client.post('/api/auth/sign-in', { email: VICTIM, password: 'wrong' });
      waits.push(next.status === 429 ? Number(next.headers.get('retry-after')) : 0);
    }
    // Free at first, then 1, 2, 4… seconds between attempts.
    expect(waits.slice(0, 2)).toEqual([0, 0]);
    expect(waits.at(-1)).toBeGreaterThan(waits[2] ?? 0);
  });

  it('refuses weak passwords with a named code, wherever a password is chosen', async () => {
    const { url } = await start();
    const visitor = new ApiClient(url);
    for (const password of ['1234567890', 'aaaaaaaaaa', 'password12', '          ']) {
      const response = await visitor.post<ErrorBody>('/api/auth/setup', {
        email: VICTIM,
        displayName: 'Admin',
        password,
      });
      expect(response.status, password).toBe(400);
      expect(response.body.error.code).toBe('password.too_short');
    }
    const guessable = await visitor.post<ErrorBody>('/api/auth/setup', {
      email: VICTIM,
      displayName: 'Admin',
      password: 'password1234',
    });
    expect(guessable.body.error.code).toBe('password.too_weak');
    const admin = await setupAdmin(url, VICTIM);
    const debate = await makeDebate(admin);
    const { url: link } = await admin.expect<{ url: string }>(
      201,
      'POST',
      `/api/debates/${debate.id}/invitations`,
      { email: 'new@example.org', role: 'organizer' },
    );
    const accept = await new ApiClient(url).post<ErrorBody>(
      `/api/invitations/by-token/${link.split('/invite/')[1]}/accept`,
      { displayName: 'New', password: 'aaaaaaaaaaaa' },
    );
    expect(accept.status).toBe(400);
    expect(accept.body.error.code).toBe('password.too_weak');
    const change = await admin.post<ErrorBody>('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'qwertyuiopas',
    });
    expect(change.status).toBe(400);
    expect(change.body.error.code).toBe('password.too_weak');
  });

  it('changing the password checks the current one through the same limiter', async () => {
    const { url } = await start({ AUTH_RATE_LIMIT: '1000' });
    const admin = await setupAdmin(url, VICTIM);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      statuses.push(
        (
          await admin.request(
            'POST',
            '/api/auth/password',
            { currentPassword: `guess ${i}`, newPassword: 'a much longer passphrase 2026' },
            { 'x-forwarded-for': `198.51.100.${i + 1}` },
          )
        ).status,
      );
    }
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.at(-1)).toBe(429);
  });

  it('changes the password and signs out the account’s other sessions', async () => {
    const { url } = await start();
    const admin = await setupAdmin(url, VICTIM);
    const otherTab = new ApiClient(url);
    await otherTab.expect(200, 'POST', '/api/auth/sign-in', {
      email: VICTIM,
      password: TEST_PASSWORD,
    });
    const next = 'Geneva in April, three briefers';
    await admin.expect(204, 'POST', '/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: next,
    });
    expect((await admin.get('/api/auth/session')).body).toMatchObject({ user: { email: VICTIM } });
    expect((await otherTab.get('/api/statements')).status).toBe(401);
    const fresh = new ApiClient(url);
    expect((await fresh.post('/api/auth/sign-in', { email: VICTIM, password: next })).status).toBe(
      200,
    );
  });
});
