// The organizer collects the statements: who has submitted, a letter that survives a
// refusal, the submitted files, then the compilation built with progress and downloaded
// as a Word file that holds every submitted statement and nothing else.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeDelegation } from '../support/factories.js';
import { browserSuite, DOC_IMAGES, WAIT } from './support/browserSuite.js';
import type { ApiClient } from '../support/http.js';
import { inviteOrganizer, makeDebate, makeTeam } from './support/world.js';
import { zipEntry } from './support/zipEntry.js';

type Stage = 'in_review' | 'cleared' | 'submitted';
const ACTIONS: [Stage, 'drafter' | 'reviewer', string][] = [
  ['in_review', 'drafter', 'send_for_review'],
  ['cleared', 'reviewer', 'clear'],
  ['submitted', 'drafter', 'submit'],
];

/** A delegation with a drafter and a reviewer, and one statement taken as far as `stage`. */
async function delegationWithStatement(
  admin: ApiClient,
  debate: { id: string; theme: string },
  name: string,
  people: [drafter: string, reviewer: string],
  stage: Stage,
) {
  const team = await makeTeam(admin, debate, name, {
    [people[0]]: 'drafter',
    [people[1]]: 'reviewer',
  });
  const drafter = team.people[people[0]]!;
  const reviewer = team.people[people[1]]!;
  const title = `Statement of ${name}`;
  const { statement } = await drafter.client.expect<{ statement: { id: string } }>(
    201,
    'POST',
    `/api/debates/${debate.id}/statements`,
    {
      title,
      delegationIds: [team.delegationId],
      template: { salutation: 'Mr. President,', speaker: null },
    },
  );
  const move = async (until: Stage) => {
    for (const [reached, role, action] of ACTIONS) {
      const who = role === 'drafter' ? drafter : reviewer;
      await who.client.expect(200, 'POST', `/api/statements/${statement.id}/transitions`, {
        action,
      });
      if (reached === until) return;
    }
  };
  await move(stage);
  const submit = () =>
    drafter.client.expect(200, 'POST', `/api/statements/${statement.id}/transitions`, {
      action: 'submit',
    });
  return { title, submit };
}

const section = (page: Page) => page.getByRole('region', { name: 'Submissions' });

/** The section with a margin of page around it, in a window tall enough not to scroll. */
async function screenshot(page: Page, region: Locator, name: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height });
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await region.boundingBox();
  if (!box) throw new Error('the section is not on the page');
  const clip = { x: box.x - 20, y: box.y - 16, width: box.width + 40, height: box.height + 32 };
  await page.screenshot({ path: `${DOC_IMAGES}${name}`, clip });
  await page.setViewportSize({ width: 1280, height: 860 });
}

describe('collecting statements and building the compilation', () => {
  const suite = browserSuite();

  it('shows who submitted, keeps the letter through refusals, and downloads the DOCX compilation', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Cooperation with regional organizations');
    const hoa = await inviteOrganizer(admin, debate.id, 'Dang Thi Hoa');
    const vietNam = await delegationWithStatement(
      admin,
      debate,
      'Viet Nam',
      ['Nguyen Thi Lan', 'Le Van Minh'],
      'cleared',
    );
    const ivoire = await delegationWithStatement(
      admin,
      debate,
      'Côte d’Ivoire',
      ['Aya Kouassi', 'Koffi Yao'],
      'cleared',
    );
    const estonia = await delegationWithStatement(
      admin,
      debate,
      'Estonia',
      ['Mari Tamm', 'Jaan Kask'],
      'in_review',
    );
    await makeDelegation(admin, debate.id, 'Kenya');

    const { page } = await suite.signedIn(hoa, `/debates/${debate.id}`);
    const submissions = section(page);
    await submissions.getByText('0 of 4 delegations have submitted').waitFor();

    // Nothing submitted: the letter waits behind a button. It starts as the UN writes it;
    // a missing field is named and focused.
    await submissions.getByRole('button', { name: 'Prepare the covering letter' }).click();
    const from = submissions.getByLabel('From');
    await expect
      .poll(() => from.evaluate((input) => input === document.activeElement), WAIT)
      .toBe(true);
    const to = submissions.getByLabel('To', { exact: true });
    expect(await from.inputValue()).toBe('the President of the Security Council');
    expect(await to.inputValue()).toBe('the Secretary-General');
    await submissions.getByLabel('Date of the letter').fill('2021-04-30');
    await submissions.getByLabel('Text of the letter (optional)').fill('I have the honour…');
    await to.fill('');
    const build = submissions.getByRole('button', { name: 'Build compilation' });
    await build.click();
    await submissions.getByText('Say to whom it is addressed').waitFor();
    await expect
      .poll(() => to.evaluate((input) => input === document.activeElement), WAIT)
      .toBe(true);
    await to.fill('the Secretary-General');

    // Nothing submitted yet: the server's reason, and the letter as typed.
    await build.click();
    await submissions
      .getByRole('alert')
      .filter({ hasText: 'No delegation has submitted a statement yet' })
      .waitFor();
    expect(await submissions.getByLabel('Date of the letter').inputValue()).toBe('2021-04-30');
    expect(await submissions.getByLabel('Text of the letter (optional)').inputValue()).toBe(
      'I have the honour…',
    );
    // Empty again: the standard letter.
    await submissions.getByLabel('Text of the letter (optional)').fill('');

    // Two delegations submit; Refresh shows it, with their files.
    await vietNam.submit();
    await ivoire.submit();
    await submissions.getByRole('button', { name: 'Refresh' }).click();
    await submissions.getByText('2 of 4 delegations have submitted').waitFor();
    const rows = submissions.getByRole('list', { name: 'Delegations and their statements' });
    expect(await rows.locator('.submission__name').allInnerTexts()).toEqual([
      'Côte d’Ivoire',
      'Estonia',
      'Kenya',
      'Viet Nam',
    ]);
    expect(await rows.locator('.submission__state').allInnerTexts()).toEqual([
      'Submitted',
      'Not yet submitted',
      'No statement yet',
      'Submitted',
    ]);
    const estoniaRow = rows.locator('.submission-statement').filter({ hasText: estonia.title });
    expect(await estoniaRow.locator('.status-badge').innerText()).toBe('In review');
    expect(await estoniaRow.getByRole('link').count()).toBe(0);

    // Build it from the keyboard; progress only moves forward and ends at 100%.
    await submissions.getByRole('radio', { name: 'Word (.docx)' }).check();
    await page.evaluate(() => {
      const seen: number[] = [];
      Object.assign(window, { progressSeen: seen });
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('.compilation-progress__bar');
        if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await build.focus();
    await page.keyboard.press('Enter');
    const ready = submissions.getByRole('status').filter({ hasText: 'The compilation is ready.' });
    await ready.waitFor({ timeout: WAIT.timeout });
    const seen = await page.evaluate(
      () => (window as unknown as { progressSeen: number[] }).progressSeen,
    );
    expect(seen.at(-1)).toBe(100);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const download = submissions.getByRole('link', { name: 'Download compilation' });
    await expect
      .poll(() => download.evaluate((link) => link === document.activeElement), WAIT)
      .toBe(true);

    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const xml = zipEntry(await readFile(await file.path()), 'word/document.xml')?.toString('utf8');
    const words = (xml ?? '').replace(/<[^>]+>/g, '');
    expect(words).toContain(vietNam.title);
    expect(words).toContain(ivoire.title);
    expect(words).not.toContain(estonia.title);
    expect(words).toContain(
      'Letter dated 30 April 2021 from the President of the Security Council addressed to the Secretary-General',
    );
    expect(words).toContain('I have the honour to transmit herewith');
    await submissions
      .getByRole('status')
      .filter({ hasText: `Downloaded “${file.suggestedFilename()}”` })
      .waitFor();
    await screenshot(page, submissions, 'compilation.png');

    // A submitted statement downloads on its own, for the organizer to read.
    const [single] = await Promise.all([
      page.waitForEvent('download'),
      submissions.getByRole('link', { name: `Download DOCX of “${vietNam.title}”` }).click(),
    ]);
    expect(single.suggestedFilename()).toMatch(/\.docx$/);
    await submissions
      .getByRole('status')
      .filter({ hasText: `Downloaded “${single.suggestedFilename()}”` })
      .waitFor();
  });

  it('finishes by polling when live events cannot reach the page', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Women and peace and security');
    const hoa = await inviteOrganizer(admin, debate.id, 'Pham Thu Trang');
    await delegationWithStatement(
      admin,
      debate,
      'Ghana',
      ['Ama Mensah', 'Kwame Boateng'],
      'submitted',
    );

    // Without socket.io the page hears nothing pushed; it asks about the job instead. The client
    // speaks WebSocket only, which `route` does not intercept: its socket is closed on opening.
    const { page } = await suite.signedIn(hoa, `/debates/${debate.id}`, async (context) => {
      await context.routeWebSocket(/\/socket\.io\//, (socket) => socket.close());
      await context.route('**/socket.io/**', (route) => route.abort());
    });
    const submissions = section(page);
    await submissions.getByText('1 of 1 delegation has submitted').waitFor();
    const polls: string[] = [];
    page.on('request', (request) => {
      if (/^\/api\/exports\/[^/]+$/.test(new URL(request.url()).pathname))
        polls.push(request.url());
    });
    await submissions.getByRole('radio', { name: 'PDF' }).check();
    await submissions.getByRole('button', { name: 'Build compilation' }).click();
    await submissions
      .getByRole('status')
      .filter({ hasText: 'The compilation is ready.' })
      .waitFor({ timeout: WAIT.timeout });
    expect(polls.length).toBeGreaterThan(0);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      submissions.getByRole('link', { name: 'Download compilation' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
