// The offline copy: text typed while the collab server is unreachable is kept in the
// browser (IndexedDB), survives a reload, and reaches colleagues once the server is back.
import { describe, expect, it } from 'vitest';
import { makeDebate, makeStatement } from '../support/factories.js';
import {
  badgeOf,
  connectionOf,
  databaseNames,
  storedUpdateCount,
  textOf,
  typeAtEnd,
} from './support/browser.js';
import { browserSuite, WAIT } from './support/browserSuite.js';
import { makeTeam } from './support/world.js';

describe('offline copy of a statement', () => {
  const suite = browserSuite();

  it('keeps text typed while the server is unreachable across a reload, then syncs it', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Arria-formula meeting on prevention');
    const chile = await makeTeam(admin, debate, 'Chile', {
      'Ana Rojas': 'drafter',
      'Pablo Soto': 'drafter',
    });
    const statement = await makeStatement(
      chile.people['Ana Rojas']!.client,
      debate.id,
      [chile.delegationId],
      'Statement of Chile',
    );
    const path = `/s/${statement.id}`;
    const ana = await suite.join(chile.people['Ana Rojas']!, path);

    // Pablo's browser cannot reach the collab endpoint (say, a captive hotel network).
    let unreachable = true;
    const pablo = await suite.signedIn(chile.people['Pablo Soto']!, path, (context) =>
      context.routeWebSocket(/\/collab\//, (socket) => {
        if (unreachable) socket.close({ code: 1013, reason: 'unreachable in this test' });
        else socket.connectToServer();
      }),
    );
    const draft = 'Chile welcomes the focus of this meeting on prevention.';
    await typeAtEnd(pablo.page, draft);
    await expect
      .poll(async () => (await connectionOf(pablo.page)).unsynced, WAIT)
      .toBe(draft.length);
    // One stored update per keystroke, plus the state y-indexeddb writes when it opens.
    await expect
      .poll(() => storedUpdateCount(pablo.page, statement.id), WAIT)
      .toBeGreaterThan(draft.length);

    await pablo.page.reload();
    await expect.poll(() => textOf(pablo.page), WAIT).toBe(draft);
    const waiting = await connectionOf(pablo.page);
    expect(waiting.status).toMatch(/^(connecting|reconnecting)$/);
    expect(waiting.unsynced).toBe(draft.length);
    expect(waiting.label).toContain(`${draft.length} unsynced changes`);

    unreachable = false;
    await expect
      .poll(() => connectionOf(pablo.page), WAIT)
      .toMatchObject({ status: 'connected', unsynced: 0 });
    await expect.poll(() => textOf(ana.page), WAIT).toBe(draft);
  });

  it('removes the offline copy on sign-out once the server has every change', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Open debate on children and armed conflict');
    const peru = await makeTeam(admin, debate, 'Peru', { 'Lucia Quispe': 'drafter' });
    const lucia = peru.people['Lucia Quispe']!;
    const statement = await makeStatement(
      lucia.client,
      debate.id,
      [peru.delegationId],
      'Statement of Peru',
    );
    const person = await suite.join(lucia, `/s/${statement.id}`);
    await typeAtEnd(person.page, 'Peru thanks the Special Representative.');
    await expect
      .poll(() => connectionOf(person.page), WAIT)
      .toMatchObject({ status: 'connected', unsynced: 0 });
    const copy = `plenary:statement:${statement.id}`;
    expect(await databaseNames(person.page)).toContain(copy);

    await person.page.getByRole('button', { name: 'Sign out' }).click();
    await person.page.getByRole('heading', { name: 'Sign in to Plenary' }).waitFor();
    await expect.poll(() => databaseNames(person.page), WAIT).not.toContain(copy);
  });

  it('opens at once and says so when the browser refuses an offline copy', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Open debate on the rule of law');
    const fiji = await makeTeam(admin, debate, 'Fiji', {
      'Mere Tora': 'drafter',
      'Sam Vula': 'drafter',
    });
    const statement = await makeStatement(
      fiji.people['Mere Tora']!.client,
      debate.id,
      [fiji.delegationId],
      'Statement of Fiji',
    );
    const path = `/s/${statement.id}`;
    const mere = await suite.join(fiji.people['Mere Tora']!, path);
    // A private window or a browser policy: every IndexedDB open is refused.
    const sam = await suite.signedIn(fiji.people['Sam Vula']!, path, async (context) => {
      await context.addInitScript(() => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('refused in this test', 'SecurityError');
        };
      });
    });
    // The refusal, not the patience timer for an open that hangs, opens the statement.
    await expect.poll(() => badgeOf(sam.page).getAttribute('data-offline-copy'), WAIT).toBe('none');
    await expect
      .poll(() => connectionOf(sam.page), WAIT)
      .toMatchObject({ status: 'connected', unsynced: 0 });
    expect((await connectionOf(sam.page)).label).toBe('Connected · no copy on this device');
    expect(await badgeOf(sam.page).getAttribute('title')).toContain(
      'does not let Plenary keep a copy',
    );
    expect(await badgeOf(mere.page).getAttribute('data-offline-copy')).toBe('kept');

    const line = 'Fiji reaffirms its commitment to the rule of law.';
    await typeAtEnd(sam.page, line);
    await expect.poll(() => textOf(mere.page), WAIT).toBe(line);
    await sam.page.screenshot({ path: 'test-results/screenshots/no-offline-copy.png' });
    // The longer badge still fits a small phone.
    await sam.page.setViewportSize({ width: 360, height: 740 });
    await expect
      .poll(() => sam.page.evaluate(() => document.documentElement.scrollWidth), WAIT)
      .toBeLessThanOrEqual(360);
    await sam.page.screenshot({ path: 'test-results/screenshots/no-offline-copy-phone.png' });
  });
});
