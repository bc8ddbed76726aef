// Shared set-up for browser suites: one real server and one Chromium per file, a fresh
// browser profile per person, and a check that no page threw an uncaught error.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { setupAdmin } from '../../support/factories.js';
import type { ApiClient } from '../../support/http.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import { connectionOf, launchChromium, newPerson, signIn, type Person } from './browser.js';
import type { Account } from './world.js';

/**
 * Where the suites write the screenshots that illustrate the user guide: test-results/
 * screenshots/ on an ordinary run, so tests never rewrite tracked files, and docs/images/
 * with UPDATE_DOCS_IMAGES=1 (to refresh the guide). Use it as `${DOC_IMAGES}name.png`.
 */
export const DOC_IMAGES = fileURLToPath(
  new URL(
    process.env.UPDATE_DOCS_IMAGES === '1'
      ? '../../../docs/images/'
      : '../../../test-results/screenshots/',
    import.meta.url,
  ),
);

/** Options for expect.poll: generous, because CI machines are slow, never a fixed sleep. */
export const WAIT = { timeout: 20_000, interval: 100 };

export interface BrowserSuite {
  readonly url: string;
  /** The first administrator, created on first use (so a suite may test first-run set-up). */
  admin(): Promise<ApiClient>;
  /** A new browser profile that has not signed in (`options`: e.g. a phone's viewport). */
  visitor(
    name: string,
    prepare?: (context: BrowserContext) => Promise<void>,
    options?: BrowserContextOptions,
  ): Promise<Person>;
  /** A new browser profile signed in as `account`, showing `path`. */
  signedIn(
    account: Account,
    path: string,
    prepare?: (context: BrowserContext) => Promise<void>,
  ): Promise<Person>;
  /** Signed in at a statement's page, once its document is connected. */
  join(account: Account, path: string): Promise<Person>;
}

export function browserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let admin: Promise<ApiClient> | undefined;
  let people: Person[] = [];

  beforeAll(async () => {
    mkdirSync(DOC_IMAGES, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
  });

  afterEach(async () => {
    const current = people;
    people = [];
    await Promise.all(current.map((person) => person.context.close()));
    for (const person of current)
      expect(person.errors, `page errors for ${person.name}`).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop({ removeData: true });
  });

  const suite: BrowserSuite = {
    get url() {
      if (!server) throw new Error('the test server is not running yet');
      return server.url;
    },
    admin() {
      admin ??= setupAdmin(suite.url);
      return admin;
    },
    async visitor(name, prepare, options) {
      if (!browser) throw new Error('the browser is not running yet');
      const person = await newPerson(browser, suite.url, name, prepare, options);
      people.push(person);
      return person;
    },
    async signedIn(account, path, prepare) {
      const person = await suite.visitor(account.displayName, prepare);
      await person.page.goto(path);
      await signIn(person.page, account.email, account.password);
      return person;
    },
    async join(account, path) {
      const person = await suite.signedIn(account, path);
      await expect
        .poll(async () => (await connectionOf(person.page)).status, WAIT)
        .toBe('connected');
      return person;
    },
  };
  return suite;
}
