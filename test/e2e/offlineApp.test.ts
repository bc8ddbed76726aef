// The installable offline app: a statement opened once reopens after a reload while the
// server is unreachable (the service worker serves the app, IndexedDB the text), takes new
// words, and merges them when the server is back — with a colleague's, both ways.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDraftingTeam, makeMember, TEST_PASSWORD } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { connectionOf, launchChromium, signIn, textOf, typeAtEnd } from './support/browser.js';
import { WAIT } from './support/browserSuite.js';

describe('offline app', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop({ removeData: true });
  });

  async function open(url: string, path: string, email: string): Promise<Page> {
    const context = await browser.newContext({ baseURL: url });
    const page = await context.newPage();
    await page.goto(path);
    await signIn(page, email, TEST_PASSWORD);
    await expect.poll(async () => (await connectionOf(page)).status, WAIT).toBe('connected');
    return page;
  }

  it('reopens a statement after a reload without the server, then converges', async () => {
    const { url, dataDir } = server;
    const team = await makeDraftingTeam(url);
    const colleague = await makeMember(team.admin, team.debate.id, 'drafter', team.delegation.id);
    const path = `/s/${team.statement.id}`;

    const page = await open(url, path, team.drafter.email);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await typeAtEnd(page, 'Typed online.');
    // Once more online, now through the service worker, so it keeps what the page reads.
    await page.reload();
    await expect.poll(async () => (await connectionOf(page)).status, WAIT).toBe('connected');
    await expect.poll(() => textOf(page), WAIT).toContain('Typed online.');

    await server.stop();
    await page.reload();
    await expect.poll(() => textOf(page), WAIT).toContain('Typed online.');
    await typeAtEnd(page, ' Typed offline.');
    await expect.poll(async () => (await connectionOf(page)).unsynced, WAIT).toBeGreaterThan(0);
    const offline = await connectionOf(page);
    expect(offline.status).not.toBe('connected');
    expect(offline.label).toMatch(/unsynced change/);

    server = await startTestServer({ dataDir, env: { PORT: new URL(url).port } });
    await expect
      .poll(async () => connectionOf(page), { ...WAIT, timeout: 60_000 })
      .toMatchObject({
        status: 'connected',
        unsynced: 0,
      });
    const other = await open(url, path, colleague.email);
    await expect.poll(() => textOf(other), WAIT).toContain('Typed online. Typed offline.');
    await typeAtEnd(other, ' Seen by both.');
    await expect.poll(() => textOf(page), WAIT).toContain('Typed offline. Seen by both.');
    expect(await textOf(page)).toBe(await textOf(other));
  });
});
