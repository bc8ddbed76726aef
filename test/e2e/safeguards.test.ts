// Workflow safeguards in the browser: deleting goes to the Trash and comes back; a submitted
// statement cannot be deleted; the drafter reads why a statement was sent back (status bar
// and bell); the organizer's Submissions view follows status changes live.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeDebate, makeStatement } from '../support/factories.js';
import type { ApiClient } from '../support/http.js';
import { connectionOf, editorOf, typeAtEnd } from './support/browser.js';
import { browserSuite, WAIT } from './support/browserSuite.js';
import { docImage } from './support/docImage.js';
import { inviteOrganizer, makeTeam } from './support/world.js';

const SEND_BACK = 'Please shorten the second paragraph and name the regional partners.';

const statusOf = (page: Page) =>
  page
    .getByRole('region', { name: 'Status and review' })
    .locator('.status-badge__label')
    .innerText();

describe('workflow safeguards in the browser', () => {
  const suite = browserSuite();

  async function vietNam(theme: string) {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, theme);
    const team = await makeTeam(admin, debate, 'Viet Nam', {
      'Nguyen Thi Lan': 'drafter',
      'Le Van Minh': 'reviewer',
    });
    return {
      admin,
      debate,
      team,
      drafter: team.people['Nguyen Thi Lan']!,
      reviewer: team.people['Le Van Minh']!,
    };
  }

  const move = (client: ApiClient, id: string, action: string) =>
    client.expect(200, 'POST', `/api/statements/${id}/transitions`, { action });

  it('deletes a statement to the Trash, undoes it, deletes it again and restores it from the debate page', async () => {
    const { debate, team, drafter } = await vietNam('Trash and restore');
    const statement = await makeStatement(
      drafter.client,
      debate.id,
      [team.delegationId],
      'Draft for the Trash',
    );
    const lan = await suite.signedIn(drafter, '/');
    const row = lan.page.getByRole('link', { name: 'Draft for the Trash' });
    await row.waitFor();

    await lan.page.getByRole('button', { name: 'Delete “Draft for the Trash”' }).click();
    const dialog = lan.page.getByRole('dialog', { name: 'Delete this statement?' });
    await dialog.getByText('go to the debate’s Trash').waitFor();
    await dialog.getByRole('button', { name: 'Move to Trash' }).click();
    await expect.poll(() => row.count(), WAIT).toBe(0);
    const notice = lan.page.getByRole('status').filter({ hasText: 'moved to the' });
    await notice.getByRole('button', { name: 'Undo' }).click();
    await row.waitFor();

    await lan.page.getByRole('button', { name: 'Delete “Draft for the Trash”' }).click();
    await dialog.getByRole('button', { name: 'Move to Trash' }).click();
    await expect.poll(() => row.count(), WAIT).toBe(0);
    await lan.page.getByRole('status').getByRole('link', { name: 'debate’s Trash' }).click();
    const trash = lan.page.getByRole('region', { name: 'Trash' });
    const item = trash.getByRole('listitem').filter({ hasText: 'Draft for the Trash' });
    await item.waitFor();
    await item.getByText(/removed for good/).waitFor();
    await trash.scrollIntoViewIfNeeded();
    await lan.page.mouse.move(0, 0);
    await trash.screenshot({ path: docImage('trash.png') });
    await item.getByRole('button', { name: 'Restore' }).click();
    await trash.getByText('The Trash is empty.').waitFor();
    await trash.getByRole('status').filter({ hasText: 'restored' }).waitFor({ state: 'attached' });
    const back = await drafter.client.get<{ statement: { id: string } }>(
      `/api/statements/${statement.id}`,
    );
    expect(back.status).toBe(200);
  });

  it('refuses to delete a submitted statement and says why', async () => {
    const { debate, team, drafter, reviewer } = await vietNam('Submitted statements stay');
    const statement = await makeStatement(
      drafter.client,
      debate.id,
      [team.delegationId],
      'Submitted text',
    );
    await move(drafter.client, statement.id, 'send_for_review');
    await move(reviewer.client, statement.id, 'clear');
    await move(drafter.client, statement.id, 'submit');
    const lan = await suite.signedIn(drafter, '/');
    await lan.page.getByRole('button', { name: 'Delete “Submitted text”' }).click();
    const dialog = lan.page.getByRole('dialog', { name: 'This statement was submitted' });
    await dialog.getByText('cannot be deleted').waitFor();
    await dialog.getByText('Reopen').waitFor();
    expect(await dialog.getByRole('button', { name: /Delete|Move to Trash/ }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await lan.page.getByRole('link', { name: 'Submitted text' }).waitFor();
  });

  it('shows the drafter why the statement was sent back, in the status bar and the bell, live', async () => {
    const { debate, team, drafter, reviewer } = await vietNam('Send-back reasons');
    const statement = await makeStatement(
      drafter.client,
      debate.id,
      [team.delegationId],
      'Statement of Viet Nam',
    );
    const lan = await suite.join(drafter, `/s/${statement.id}`);
    await typeAtEnd(lan.page, 'Mr. President, Viet Nam thanks the Presidency.');
    await lan.page.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('In review');

    await reviewer.client.expect(200, 'POST', `/api/statements/${statement.id}/transitions`, {
      action: 'send_back',
      comment: SEND_BACK,
    });
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('Draft');
    const note = lan.page.getByRole('note', { name: 'Sent back' });
    await note.getByText(SEND_BACK).waitFor();
    await note.getByText('Le Van Minh').waitFor();
    const bell = lan.page.getByRole('banner').getByRole('button', { name: /^Notifications/ });
    await expect.poll(() => bell.getAttribute('aria-label'), WAIT).toBe('Notifications, 1 unread');
    await bell.click();
    const popover = lan.page.getByRole('region', { name: 'Notifications' });
    await popover.getByText('Le Van Minh sent back').waitFor();
    await popover.getByText(SEND_BACK).waitFor();
    await lan.page.mouse.move(0, 0);
    await lan.page.screenshot({ path: docImage('sent-back.png') });
  });

  it('warns before review: over the limit by how much, unaddressed points, empty sections', async () => {
    const { admin, debate, team, drafter } = await vietNam('Checks before review');
    await admin.expect(200, 'POST', `/api/debates/${debate.id}/concept-note`, {
      fileName: 'note.txt',
      format: 'text',
      text: 'Concept note',
      symbol: null,
      fields: { theme: 'Checks before review', speakingLimitMinutes: 4 },
      objectives: [],
      discussionPoints: [
        { label: '1', text: 'How can regional organizations help prevent conflict?' },
        { label: '2', text: 'What role for women in mediation and peacebuilding?' },
      ],
    });
    const { statement } = await drafter.client.expect<{ statement: { id: string } }>(
      201,
      'POST',
      `/api/debates/${debate.id}/statements`,
      {
        title: 'Statement of Viet Nam',
        delegationIds: [team.delegationId],
        template: { salutation: 'Mr. President,' },
      },
    );
    const lan = await suite.join(drafter, `/s/${statement.id}`);
    // About 600 words: some five minutes at 120 words a minute, against a 4-minute limit.
    const long = Array.from({ length: 120 }, () => 'Viet Nam supports preventive diplomacy.');
    await editorOf(lan.page).focus();
    await lan.page.keyboard.press('Control+End');
    await lan.page.keyboard.press('Enter');
    await lan.page.keyboard.insertText(long.join(' '));
    await expect.poll(() => connectionOf(lan.page).then((c) => c.unsynced), WAIT).toBe(0);

    await lan.page.getByRole('button', { name: 'Send for review' }).click();
    const dialog = lan.page.getByRole('dialog', { name: 'Before sending it for review' });
    await dialog.getByText(/over the 4-minute speaking limit/).waitFor();
    await dialog.getByText('2 discussion points are not addressed: point 1, point 2.').waitFor();
    await dialog.getByText(/2 template sections are still empty/).waitFor();
    await lan.page.mouse.move(0, 0);
    await lan.page.screenshot({ path: docImage('review-warnings.png') });
    await dialog.getByRole('button', { name: 'Go back to the text' }).click();
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('Draft');

    await lan.page.getByRole('button', { name: 'Send for review' }).click();
    await dialog.getByRole('button', { name: 'Send for review anyway' }).click();
    await expect.poll(() => statusOf(lan.page), WAIT).toBe('In review');
  });

  it('keeps the organizer’s Submissions view current without a refresh', async () => {
    const { admin, debate, team, drafter, reviewer } = await vietNam('Live submissions');
    const hoa = await inviteOrganizer(admin, debate.id, 'Dang Thi Hoa');
    const statement = await makeStatement(
      drafter.client,
      debate.id,
      [team.delegationId],
      'Live statement',
    );
    const organizer = await suite.signedIn(hoa, `/debates/${debate.id}`);
    const submissions = organizer.page.getByRole('region', { name: 'Submissions' });
    const entry = submissions.locator(`[data-statement-id="${statement.id}"] .status-badge__label`);
    await expect.poll(() => entry.innerText(), WAIT).toBe('Draft');
    await move(drafter.client, statement.id, 'send_for_review');
    await expect.poll(() => entry.innerText(), WAIT).toBe('In review');
    await move(reviewer.client, statement.id, 'clear');
    await move(drafter.client, statement.id, 'submit');
    await expect.poll(() => entry.innerText(), WAIT).toMatch(/^Submitted/);
    await move(drafter.client, statement.id, 'reopen');
    await expect.poll(() => entry.innerText(), WAIT).toBe('Draft');
    const bell = organizer.page.getByRole('banner').getByRole('button', { name: /^Notifications/ });
    await expect.poll(() => bell.getAttribute('aria-label'), WAIT).toBe('Notifications, 1 unread');
  });

  it('lets organizers make the limit a rule, set the salutation, and delete and restore the debate', async () => {
    const { admin, debate, drafter } = await vietNam('Debate settings');
    const organizer = await inviteOrganizer(admin, debate.id, 'Pham Thu Hang');
    const hang = await suite.signedIn(organizer, `/debates/${debate.id}`);
    const settings = hang.page.getByRole('region', { name: 'Debate settings' });
    await settings.getByLabel('Speaking limit (minutes)').fill('3');
    await settings.getByLabel('Make the limit a rule').check();
    await settings.getByLabel('Madam President').check();
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Settings saved.').waitFor();
    const saved = await organizer.client.get<{
      debate: {
        speakingLimitMinutes: number;
        speakingLimitStrict: boolean;
        presidentSalutation: string;
      };
    }>(`/api/debates/${debate.id}`);
    expect(saved.body.debate).toMatchObject({
      speakingLimitMinutes: 3,
      speakingLimitStrict: true,
      presidentSalutation: 'Madam President,',
    });
    await hang.page.locator('.debate-facts').getByText('3 minutes').waitFor();
    await settings.scrollIntoViewIfNeeded();
    await hang.page.mouse.move(0, 0);
    await settings.screenshot({ path: docImage('debate-settings.png') });

    // A drafter's new statement follows the salutation; an empty title takes the default.
    const lan = await suite.signedIn(drafter, '/');
    const title = lan.page.getByLabel('New statement');
    await expect
      .poll(() => title.getAttribute('placeholder'), WAIT)
      .toBe('Statement of Viet Nam — 19 April 2021');
    expect(await lan.page.getByLabel('Madam President').isChecked()).toBe(true);
    await lan.page.getByRole('button', { name: 'Create statement' }).click();
    await lan.page.waitForURL(/\/s\/[^/]+$/);
    await expect.poll(() => editorOf(lan.page).innerText(), WAIT).toContain('Madam President,');
    const statementId = new URL(lan.page.url()).pathname.split('/').pop()!;
    const created = await drafter.client.get<{ statement: { title: string } }>(
      `/api/statements/${statementId}`,
    );
    expect(created.body.statement.title).toBe('Statement of Viet Nam — 19 April 2021');

    // Deleting the debate asks first, then moves it to the Trash; the Debates page restores it.
    await settings.getByRole('button', { name: 'Delete debate…' }).click();
    const dialog = hang.page.getByRole('dialog', { name: 'Delete “Debate settings”?' });
    await dialog.getByText(/restore it from the Debates page for 30 days/).waitFor();
    await dialog.getByRole('button', { name: 'Move to Trash' }).click();
    await hang.page.waitForURL(/\/debates$/);
    const deleted = hang.page.getByRole('list', { name: 'Deleted debates' }).getByRole('listitem');
    await deleted.filter({ hasText: 'Debate settings' }).waitFor();
    expect((await drafter.client.get(`/api/debates/${debate.id}`)).status).toBe(404);
    await deleted.getByRole('button', { name: 'Restore' }).click();
    await hang.page.getByRole('link', { name: 'Debate settings' }).waitFor();
    await expect.poll(() => deleted.count(), WAIT).toBe(0);
    expect((await drafter.client.get(`/api/debates/${debate.id}`)).status).toBe(200);
  });
});
