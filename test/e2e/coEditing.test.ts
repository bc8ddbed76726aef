// Real browsers against a real server: drafters co-write a statement, see each other's
// carets, and text typed offline arrives once the connection returns.
import { describe, expect, it } from 'vitest';
import { makeDebate, makeStatement } from '../support/factories.js';
import { caretNames, connectionOf, textOf, typeAtEnd } from './support/browser.js';
import { browserSuite, DOC_IMAGES, WAIT } from './support/browserSuite.js';
import { invite, makeTeam } from './support/world.js';

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

  it('creates a statement in the UI; drafters write together and see each other’s carets', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Protection of civilians in armed conflict');
    const team = await makeTeam(admin, debate, 'Viet Nam', {
      'Nguyen Thi Lan': 'drafter',
      'Tran Minh Duc': 'drafter',
      'Le Van Nam': 'drafter',
    });
    const { 'Nguyen Thi Lan': lanAccount, 'Tran Minh Duc': ducAccount } = team.people;
    await makeStatement(
      lanAccount!.client,
      debate.id,
      [team.delegationId],
      'Elements for a presidential statement',
    );
    // Lan also drafts in a second debate, so the create form asks which delegation.
    const arria = await makeDebate(admin, 'Climate and security — Arria-formula meeting');
    const vietNamArria = await makeTeam(admin, arria, 'Viet Nam', {});
    await invite(admin, arria.id, vietNamArria.delegationId, 'Nguyen Thi Lan');
    await makeStatement(
      lanAccount!.client,
      arria.id,
      [vietNamArria.delegationId],
      'Statement of Viet Nam — Arria-formula meeting',
    );

    const lan = await suite.signedIn(lanAccount!, '/');
    await lan.page
      .getByLabel('New statement')
      .fill('Statement of Viet Nam — open debate 19 April 2021');
    await lan.page
      .getByLabel('For', { exact: true })
      .selectOption({ label: 'Viet Nam — Protection of civilians in armed conflict' });
    await lan.page.getByLabel('Blank', { exact: true }).check();
    await lan.page.getByRole('button', { name: 'Create statement' }).click();
    await lan.page.waitForURL(/\/s\/[^/]+$/);
    const path = new URL(lan.page.url()).pathname;
    await expect.poll(async () => (await connectionOf(lan.page)).status, WAIT).toBe('connected');
    await typeAtEnd(lan.page, SALUTATION);
    await typeAtEnd(lan.page, OPENING, { newParagraph: true });

    const duc = await suite.join(ducAccount!, path);
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

    // A third colleague opens it and sees both named carets and everyone present.
    const nam = await suite.join(team.people['Le Van Nam']!, path);
    await expect
      .poll(async () => (await caretNames(nam.page)).sort(), WAIT)
      .toEqual(['Nguyen Thi Lan', 'Tran Minh Duc']);
    await expect
      .poll(() => nam.page.locator('.presence').getAttribute('data-count'), WAIT)
      .toBe('3');
    await nam.page.screenshot({ path: `${DOC_IMAGES}editor-two-carets.png` });

    await lan.page.getByRole('link', { name: 'Statements', exact: true }).first().click();
    await lan.page.getByRole('link', { name: /^Statement of Viet Nam — open debate/ }).waitFor();
    await expect.poll(() => lan.page.locator('.statement-row').count(), WAIT).toBe(3);
    await lan.page.screenshot({ path: `${DOC_IMAGES}statements-list.png` });
  });

  it('keeps text typed offline and merges it when the connection returns', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Open debate on peacekeeping');
    const ghana = await makeTeam(admin, debate, 'Ghana', {
      'Kofi Mensah': 'drafter',
      'Ama Owusu': 'drafter',
    });
    const statement = await makeStatement(
      ghana.people['Kofi Mensah']!.client,
      debate.id,
      [ghana.delegationId],
      'Statement of Ghana',
    );
    const path = `/s/${statement.id}`;
    const kofi = await suite.join(ghana.people['Kofi Mensah']!, path);
    const ama = await suite.join(ghana.people['Ama Owusu']!, path);
    await typeAtEnd(kofi.page, 'Mr. President,');
    await expect.poll(() => textOf(ama.page), WAIT).toContain('Mr. President,');

    await ama.context.setOffline(true);
    await expect.poll(async () => (await connectionOf(ama.page)).status, WAIT).toBe('offline');
    const offlineText = 'Ghana aligns itself with the statement of the African Union.';
    await typeAtEnd(ama.page, offlineText, { newParagraph: true });
    const offline = await connectionOf(ama.page);
    expect(offline.unsynced).toBeGreaterThan(0);
    expect(offline.label).toBe(`Offline — ${offline.unsynced} unsynced changes`);
    await ama.page.locator('.doc-bar').screenshot({ path: `${DOC_IMAGES}connection-offline.png` });

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
