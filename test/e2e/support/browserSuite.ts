// Shared set-up for browser suites: one real server and one Chromium per file, a fresh
// browser profile per person, and a check that no page threw an uncaught error.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import { connectionOf, launchChromium, openAs, type Person } from './browser.js';

/** Options for expect.poll: generous, because CI machines are slow, never a fixed sleep. */
export const WAIT = { timeout: 20_000, interval: 100 };

export interface BrowserSuite {
  readonly url: string;
  /** Opens `path` as a new person (own profile, own storage). */
  open(
    name: string,
    path: string,
    prepare?: (context: BrowserContext) => Promise<void>,
  ): Promise<Person>;
  /** Opens a statement as a new person and waits until the document is connected. */
  join(name: string, path: string): Promise<Person>;
}

export function browserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let people: Person[] = [];

  beforeAll(async () => {
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
    async open(name, path, prepare) {
      if (!browser) throw new Error('the browser is not running yet');
      const person = await openAs(browser, suite.url, name, path, prepare);
      people.push(person);
      return person;
    },
    async join(name, path) {
      const person = await suite.open(name, path);
      await expect
        .poll(async () => (await connectionOf(person.page)).status, WAIT)
        .toBe('connected');
      return person;
    },
  };
  return suite;
}
