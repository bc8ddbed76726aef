// A small mission runs Plenary on one machine and colleagues open http://<its name>:3000.
// Plain HTTP to a host that is not localhost is not a secure context: no upgrade to https,
// no Clipboard API. The host name is mapped to loopback inside Chromium only.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDraftingTeam, TEST_PASSWORD } from '../support/factories.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { connectionOf, launchChromium, signIn, typeAtEnd } from './support/browser.js';
import { WAIT } from './support/browserSuite.js';

const LAN_HOST = 'plenary-office.lan';

describe('plain HTTP on the office network', () => {
  let server: TestServer;
  let browser: Browser;
  let lanUrl: string;

  beforeAll(async () => {
    server = await startTestServer();
    const { port } = new URL(server.url);
    lanUrl = `http://${LAN_HOST}:${port}`;
    browser = await launchChromium([`--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop({ removeData: true });
  });

  it('loads, signs in, invites with a copy fallback and edits over ws://', async () => {
    const { debate, drafter, statement } = await makeDraftingTeam(server.url);
    const context = await browser.newContext({ baseURL: lanUrl });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // A request the page itself cancelled (its view changed at sign-in while a list was still
    // loading: net::ERR_ABORTED) is no network failure; anything plain HTTP blocks would be.
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'unknown';
      if (reason !== 'net::ERR_ABORTED') problems.push(`failed (${reason}): ${request.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });

    const response = await page.goto(`/debates/${debate.id}`);
    expect(response?.headers()['content-security-policy']).not.toContain(
      'upgrade-insecure-requests',
    );
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    expect(await page.evaluate(() => typeof navigator.clipboard)).toBe('undefined');
    await signIn(page, 'admin@example.org', TEST_PASSWORD);

    await page.getByLabel('Email').fill('colleague@mission.example');
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    const link = page.getByLabel(/Send this link to/);
    await expect.poll(() => link.inputValue(), WAIT).toContain(`${LAN_HOST}`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    // Copied through the selection, or at least selected for Ctrl+C: never an error.
    await expect
      .poll(
        async () =>
          (await page.getByRole('button', { name: 'Copied' }).count()) +
          (await page.getByText('The link is selected').count()),
        WAIT,
      )
      .toBe(1);
    expect(await link.evaluate((input: HTMLInputElement) => input.selectionEnd)).toBeGreaterThan(0);

    const drafting = await browser.newContext({ baseURL: lanUrl });
    const writer = await drafting.newPage();
    writer.on('pageerror', (error) => problems.push(`writer page error: ${error.message}`));
    await writer.goto(`/s/${statement.id}`);
    await signIn(writer, drafter.email, TEST_PASSWORD);
    await expect.poll(async () => (await connectionOf(writer)).status, WAIT).toBe('connected');
    await typeAtEnd(writer, 'Typed over the office network.');
    await expect.poll(async () => (await connectionOf(writer)).unsynced, WAIT).toBe(0);

    expect(problems).toEqual([]);
    await drafting.close();
    await context.close();
  });
});
