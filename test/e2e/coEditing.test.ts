// Real browsers against a real server: people co-write a statement, see each other's
// carets, and text typed offline arrives once the connection returns.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeStatement } from '../support/http.js';
import { caretNames, connectionOf, textOf, typeAtEnd } from './support/browser.js';
import { browserSuite, WAIT } from './support/browserSuite.js';

const IMAGES = fileURLToPath(new URL('../../docs/images/', import.meta.url));

const SALUTATION = 'Mr. President,';
const OPENING =
  'Viet Nam thanks the Presidency for convening this open debate, and the Secretary-General for his briefing.';
const CONCERN =
  'We remain deeply concerned by the use of explosive weapons in populated areas, which continues to cause most civilian casualties.';
const CALL = 'We call on all parties to:';
const DEMANDS = [
  'comply fully with their obligations under international humanitarian law;',
  'ensure safe, rapid and unimpeded humanitarian access.',
];
const CLOSING = 'I thank you.';

describe('co-editing a statement in the browser', () => {
  const suite = browserSuite();

  it('creates a statement in the UI; two people write together and see each other’s carets', async () => {
    mkdirSync(IMAGES, { recursive: true });
    await makeStatement(
      suite.url,
      'Joint statement on the protection of civilians in armed conflict',
    );
    await makeStatement(suite.url, 'Statement on climate and security — Arria-formula meeting');

    const lan = await suite.open('Nguyen Thi Lan', '/');
    await lan.page
      .getByLabel('New statement')
      .fill('Statement of Viet Nam — open debate 19 April 2021');
    await lan.page.getByRole('button', { name: 'Create statement' }).click();
    await lan.page.waitForURL(/\/s\/[^/]+$/);
    const path = new URL(lan.page.url()).pathname;
    await expect.poll(async () => (await connectionOf(lan.page)).status, WAIT).toBe('connected');
    await typeAtEnd(lan.page, SALUTATION);
    await typeAtEnd(lan.page, OPENING, { newParagraph: true });

    const duc = await suite.join('Tran Minh Duc', path);
    await expect.poll(() => textOf(duc.page), WAIT).toContain(OPENING);
    await typeAtEnd(duc.page, CONCERN, { newParagraph: true });
    await typeAtEnd(duc.page, CALL, { newParagraph: true });
    await duc.page.keyboard.press('Enter');
    const numbered = duc.page.getByRole('button', { name: 'Numbered list' });
    await numbered.click();
    await expect.poll(() => numbered.getAttribute('aria-pressed'), WAIT).toBe('true');
    await duc.page.keyboard.type(DEMANDS[0]!);
    await duc.page.keyboard.press('Enter');
    await duc.page.keyboard.type(DEMANDS[1]!);
    // The editor keeps an empty paragraph after a list; Ctrl+End lands in it.
    await typeAtEnd(duc.page, CLOSING);

    const expected = [SALUTATION, OPENING, CONCERN, CALL, DEMANDS.join('\n'), CLOSING].join('\n\n');
    for (const person of [lan, duc]) {
      await expect.poll(() => textOf(person.page), WAIT).toBe(expected);
    }
    await expect.poll(() => caretNames(lan.page), WAIT).toEqual(['Tran Minh Duc']);
    await expect.poll(() => caretNames(duc.page), WAIT).toEqual(['Nguyen Thi Lan']);

    // A third colleague, only reading, sees both named carets and everyone present.
    const reader = await suite.join('Amina Diallo', path);
    await expect
      .poll(async () => (await caretNames(reader.page)).sort(), WAIT)
      .toEqual(['Nguyen Thi Lan', 'Tran Minh Duc']);
    await expect
      .poll(() => reader.page.locator('.presence').getAttribute('data-count'), WAIT)
      .toBe('3');
    await reader.page.screenshot({ path: `${IMAGES}editor-two-carets.png` });

    await lan.page.getByRole('link', { name: 'Statements', exact: true }).click();
    await lan.page.getByRole('link', { name: /^Statement of Viet Nam/ }).waitFor();
    await expect.poll(() => lan.page.locator('.statement-row').count(), WAIT).toBe(3);
    await lan.page.screenshot({ path: `${IMAGES}statements-list.png` });
  });

  it('keeps text typed offline and merges it when the connection returns', async () => {
    const statement = await makeStatement(
      suite.url,
      'Statement of Ghana — open debate on peacekeeping',
    );
    const path = `/s/${statement.id}`;
    const kofi = await suite.join('Kofi Mensah', path);
    const ama = await suite.join('Ama Owusu', path);
    await typeAtEnd(kofi.page, 'Mr. President,');
    await expect.poll(() => textOf(ama.page), WAIT).toContain('Mr. President,');

    await ama.context.setOffline(true);
    await expect.poll(async () => (await connectionOf(ama.page)).status, WAIT).toBe('offline');
    const offlineText = 'Ghana aligns itself with the statement of the African Union.';
    await typeAtEnd(ama.page, offlineText, { newParagraph: true });
    const offline = await connectionOf(ama.page);
    expect(offline.unsynced).toBeGreaterThan(0);
    expect(offline.label).toBe(`Offline — ${offline.unsynced} unsynced changes`);

    // Kofi keeps writing meanwhile: both edits must survive the merge.
    const onlineText = 'We thank the Under-Secretary-General for his briefing.';
    await typeAtEnd(kofi.page, onlineText, { newParagraph: true });

    await ama.context.setOffline(false);
    await expect
      .poll(() => connectionOf(ama.page), WAIT)
      .toMatchObject({ status: 'connected', unsynced: 0 });
    for (const person of [kofi, ama]) {
      await expect.poll(() => textOf(person.page), WAIT).toContain(offlineText);
      await expect.poll(() => textOf(person.page), WAIT).toContain(onlineText);
    }
    expect(await textOf(ama.page)).toBe(await textOf(kofi.page));
  });
});
