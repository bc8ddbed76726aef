// Review, clearance and submission in the browser: a drafter and a reviewer take a
// statement from draft to submitted (with a send-back on the way), read its history,
// compare a version with the current text, download the Word file, and see an edit
// after clearance shown and undone.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeDebate, makeStatement } from '../support/factories.js';
import { connectionOf, editorOf, textOf, typeAtEnd } from './support/browser.js';
import { browserSuite, DOC_IMAGES, WAIT } from './support/browserSuite.js';
import { invite as inviteMember, makeTeam, type Account, type Team } from './support/world.js';
import { zipEntry } from './support/zipEntry.js';

const OPENING =
  'Mr. President, Viet Nam thanks the Presidency for convening this open debate on preventive diplomacy.';
const CALL = 'We call for stronger regional partnerships in conflict prevention.';
const CALL_REVISED =
  'We call for stronger partnerships with ASEAN and the African Union in conflict prevention.';
const SEND_BACK = 'Please name the regional organizations we work with.';

const statusOf = (page: Page) =>
  page
    .getByRole('region', { name: 'Status and review' })
    .locator('.status-badge__label')
    .innerText();

async function synced(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const { status, unsynced } = await connectionOf(page);
      return `${status} ${unsynced}`;
    }, WAIT)
    .toBe('connected 0');
}

/** One more drafter in the team, acting through the API. */
async function invite(
  suite: ReturnType<typeof browserSuite>,
  team: Team,
  name: string,
): Promise<Account> {
  return inviteMember(await suite.admin(), team.debate.id, team.delegationId, name);
}

describe('review, clearance and submission in the browser', () => {
  const suite = browserSuite();

  async function vietNam() {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Preventive diplomacy and regional partners');
    const team = await makeTeam(admin, debate, 'Viet Nam', {
      'Nguyen Thi Lan': 'drafter',
      'Le Van Minh': 'reviewer',
    });
    const drafter = team.people['Nguyen Thi Lan']!;
    const reviewer = team.people['Le Van Minh']!;
    const statement = await makeStatement(
      drafter.client,
      debate.id,
      [team.delegationId],
      'Statement of Viet Nam — open debate 19 April 2021',
    );
    return { drafter, reviewer, statement, path: `/s/${statement.id}`, team };
  }

  it('sends for review, is sent back, cleared and submitted; history and redline show it all', async () => {
    const { drafter, reviewer, path } = await vietNam();
    const lan = await suite.join(drafter, path);
    await typeAtEnd(lan.page, OPENING);
    await synced(lan.page);

    // A named version of the first draft, saved from the history panel (opened by keyboard).
    await lan.page.keyboard.press('Control+Alt+Shift+H');
    const panel = lan.page.getByRole('complementary', { name: 'History and versions' });
    await panel.getByRole('button', { name: 'Save version…' }).click();
    await panel.getByLabel('Name of the version').fill('First draft');
    await lan.page.keyboard.press('Enter');
    const versions = panel.getByRole('list', { name: 'Versions' });
    await versions.getByRole('button', { name: /^First draft/ }).waitFor();

    await typeAtEnd(lan.page, CALL, { newParagraph: true });
    await synced(lan.page);
    await lan.page.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('In review');

    // The reviewer sends it back with a comment; the drafter sees the change live.
    const minh = await suite.join(reviewer, path);
    await expect.poll(() => statusOf(minh.page), WAIT).toBe('In review');
    await minh.page.getByRole('button', { name: 'Send back…' }).click();
    const sendBack = minh.page.getByRole('dialog', { name: /Send the statement back/ });
    await sendBack.getByRole('button', { name: 'Send back' }).click();
    await sendBack.getByRole('alert').filter({ hasText: 'Say what needs to change' }).waitFor();
    await sendBack.getByLabel('What needs to change?').fill(SEND_BACK);
    await sendBack.getByRole('button', { name: 'Send back' }).click();
    await expect.poll(() => statusOf(minh.page), WAIT).toBe('Draft');
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('Draft');

    // The drafter rewrites the last paragraph, sends it again; the reviewer clears it.
    await editorOf(lan.page).focus();
    await lan.page.keyboard.press('Control+End');
    await lan.page.keyboard.press('Shift+Home');
    await lan.page.keyboard.type(CALL_REVISED);
    await expect.poll(() => textOf(lan.page), WAIT).toBe(`${OPENING}\n\n${CALL_REVISED}`);
    await synced(lan.page);
    await lan.page.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => statusOf(minh.page), WAIT).toBe('In review');
    await minh.page.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('Cleared');

    // Submitting asks first, then freezes the text for everyone.
    await lan.page.getByRole('button', { name: 'Submit…' }).click();
    const submit = lan.page.getByRole('dialog', { name: 'Submit this statement?' });
    await submit.getByRole('button', { name: 'Submit revision 1' }).click();
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('Submitted');
    await expect.poll(() => statusOf(minh.page), WAIT).toBe('Submitted');
    await expect.poll(() => editorOf(lan.page).getAttribute('contenteditable'), WAIT).toBe('false');
    expect(await lan.page.getByRole('toolbar', { name: 'Formatting' }).count()).toBe(0);
    await lan.page.getByRole('button', { name: 'Reopen…' }).waitFor();

    // The history tells who did what, with the reviewer's comment.
    await panel.getByRole('tab', { name: 'Activity' }).click();
    const activity = panel.getByRole('list', { name: 'Activity' }).getByRole('listitem');
    await expect
      .poll(() => activity.allInnerTexts().then((items) => items.map(firstLine)), WAIT)
      .toEqual([
        'Nguyen Thi Lan submitted revision 1',
        'Le Van Minh cleared the statement',
        'Nguyen Thi Lan sent the statement for review',
        'Le Van Minh sent the statement back to the drafters',
        'Nguyen Thi Lan sent the statement for review',
        'Nguyen Thi Lan created the statement',
      ]);
    expect(await activity.nth(3).locator('blockquote').innerText()).toBe(SEND_BACK);
    // Submitting closed the document connection, which reopens read-only.
    await synced(lan.page);
    await lan.page.mouse.move(0, 0);
    await lan.page.screenshot({ path: `${DOC_IMAGES}history-panel.png` });

    // A version opens read-only in place of the text; compared with the current text, the
    // version the reviewer sent back shows the drafter's rewrite word by word.
    await panel.getByRole('tab', { name: 'Versions' }).click();
    await versions.getByRole('button', { name: /^First draft/ }).click();
    const view = lan.page.getByRole('region', { name: 'Earlier version' });
    await expect.poll(() => view.locator('.version-text').innerText(), WAIT).toBe(OPENING);
    await versions.getByRole('button', { name: /^Sent back/ }).click();
    await view.getByRole('heading', { name: 'Sent back' }).waitFor();
    await view.getByLabel('Compare with').selectOption({ label: 'The current text' });
    const redline = view.locator('.redline');
    const changed = async (kind: 'ins' | 'del') =>
      (await redline.locator(`${kind} .redline__text`).allInnerTexts()).map((text) => text.trim());
    await expect.poll(() => changed('del'), WAIT).toEqual(['regional']);
    expect(await changed('ins')).toEqual(['with ASEAN and the African Union']);
    expect(await redline.innerText()).toContain(OPENING);
    await lan.page.mouse.move(0, 0);
    await lan.page.screenshot({ path: `${DOC_IMAGES}redline.png` });

    await view.getByRole('button', { name: 'Back to the current text' }).click();
    await expect.poll(() => view.count(), WAIT).toBe(0);
    expect(await textOf(lan.page)).toBe(`${OPENING}\n\n${CALL_REVISED}`);

    // The submitted text downloads as a Word file, from the keyboard.
    await lan.page.getByRole('button', { name: 'Export' }).focus();
    await lan.page.keyboard.press('ArrowDown');
    const word = lan.page.getByRole('menuitem', { name: /^Word \(\.docx\)/ });
    await expect
      .poll(() => word.evaluate((item) => item === document.activeElement), WAIT)
      .toBe(true);
    const [download] = await Promise.all([
      lan.page.waitForEvent('download'),
      lan.page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const docx = await readFile(await download.path());
    const body = zipEntry(docx, 'word/document.xml')?.toString('utf8') ?? '';
    const words = body.replace(/<[^>]+>/g, '');
    expect(words).toContain(OPENING);
    expect(words).toContain(CALL_REVISED);
    await lan.page.getByRole('status').filter({ hasText: 'Downloaded “' }).waitFor();
  });

  it('an edit after clearance returns to draft with the changes one click away, and restore undoes it', async () => {
    const { drafter, reviewer, statement, path } = await vietNam();
    const lan = await suite.join(drafter, path);
    await typeAtEnd(lan.page, OPENING);
    await synced(lan.page);
    await lan.page.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('In review');
    await reviewer.client.expect(200, 'POST', `/api/statements/${statement.id}/transitions`, {
      action: 'clear',
    });
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('Cleared');

    const late = ' I thank you.';
    await typeAtEnd(lan.page, late);
    // The redline is taken once the server has every keystroke.
    await synced(lan.page);
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('Draft');
    const bar = lan.page.getByRole('region', { name: 'Status and review' });
    await bar.getByText('Edited after clearance').waitFor();
    await bar.getByRole('button', { name: 'see changes' }).click();
    const view = lan.page.getByRole('region', { name: 'Earlier version' });
    const inserted = view.locator('.redline ins .redline__text');
    await expect
      .poll(async () => (await inserted.allInnerTexts()).map((text) => text.trim()), WAIT)
      .toEqual(['I thank you.']);
    expect(await view.getByRole('heading', { level: 2 }).innerText()).toBe('Cleared');

    // Restoring the cleared text is a new change on top; the text before is kept.
    await view.getByRole('button', { name: 'Restore this version…' }).click();
    const dialog = lan.page.getByRole('dialog', { name: 'Restore this version?' });
    await dialog.getByRole('button', { name: 'Restore this version' }).click();
    await expect.poll(() => textOf(lan.page), WAIT).toBe(OPENING);
    const panel = lan.page.getByRole('complementary', { name: 'History and versions' });
    await panel.getByRole('status').filter({ hasText: 'Restored “Cleared”' }).waitFor();
    await panel
      .getByRole('list', { name: 'Versions' })
      .getByRole('button', { name: /^Before restoring “Cleared”/ })
      .waitFor();
  });

  it('words typed offline while a colleague submits are refused, said so, and kept for the next revision', async () => {
    const { drafter, reviewer, statement, path, team } = await vietNam();
    const duc = await invite(suite, team, 'Tran Minh Duc');
    const lan = await suite.join(drafter, path);
    await typeAtEnd(lan.page, OPENING);
    await synced(lan.page);
    const move = (who: typeof duc, action: string) =>
      who.client.expect(200, 'POST', `/api/statements/${statement.id}/transitions`, { action });
    await move(duc, 'send_for_review');
    await move(reviewer, 'clear');
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('Cleared');

    // On a plane: Lan adds a sentence while Duc submits the cleared text.
    await lan.context.setOffline(true);
    await expect.poll(async () => (await connectionOf(lan.page)).status, WAIT).toBe('offline');
    const late = ' Viet Nam stands ready to contribute.';
    await typeAtEnd(lan.page, late);
    await move(duc, 'submit');
    await lan.context.setOffline(false);

    await expect.poll(() => statusOf(lan.page), WAIT).toBe('Submitted');
    const notice = lan.page.locator('[data-notice="not-submitted"]');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await textOf(lan.page)).toBe(`${OPENING}${late}`);
    const submitted = await duc.client.expect<{ statement: { submittedVersionId: string } }>(
      200,
      'GET',
      `/api/statements/${statement.id}`,
    );
    const version = await duc.client.expect<{ version: { text: string } }>(
      200,
      'GET',
      `/api/versions/${submitted.statement.submittedVersionId}`,
    );
    expect(version.version.text).toBe(OPENING);
    await notice.getByRole('button', { name: 'Show the submitted text' }).click();
    const view = lan.page.getByRole('region', { name: 'Earlier version' });
    await expect.poll(() => view.locator('.version-text').innerText(), WAIT).toBe(OPENING);

    // Reopened, the statement takes the words this device kept.
    await move(duc, 'reopen');
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('Draft');
    expect(await lan.page.locator('.status-badge__revision').innerText()).toBe('revision 2');
    await expect
      .poll(async () => {
        const { parts } = await duc.client.expect<{ parts: { kind: string; text: string }[] }>(
          200,
          'GET',
          `/api/versions/${submitted.statement.submittedVersionId}/redline?against=current`,
        );
        return parts.filter((part) => part.kind === 'insert').map((part) => part.text.trim());
      }, WAIT)
      .toEqual([late.trim()]);
    expect(await notice.count()).toBe(0);
  });
});

const firstLine = (text: string): string => text.split('\n')[0]?.trim() ?? '';
