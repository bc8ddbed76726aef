// Three delegations amend a zero draft in the browser; the penholder accepts one, rejects
// one and circulates Rev. 1, whose redline shows what changed; then silence, as everyone sees it.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Account } from './support/world.js';
import { connectionOf, editorOf, selectWord, textOf, typeAtEnd } from './support/browser.js';
import { browserSuite, DOC_IMAGES, WAIT } from './support/browserSuite.js';
import { inviteOrganizer, makeDebate, makeTeam } from './support/world.js';

const ZERO_DRAFT = [
  'Recalling its resolutions on the maintenance of international peace and security,',
  'Calls upon Member States to make full use of preventive diplomacy;',
  'Requests the Secretary-General to report within six months;',
];

const paragraph = (page: Page, n: number): Locator => page.locator(`#para-${n}`);
const amendment = (page: Page, name: string): Locator =>
  page.getByRole('article', { name: `Amendment by ${name}` });

/** Waits until every change typed on the page has reached the server. */
async function synced(page: Page): Promise<void> {
  await expect.poll(async () => (await connectionOf(page)).unsynced, WAIT).toBe(0);
}

/**
 * Proposes the delegation's suggestion typed in the text as its amendment, with a reason, at
 * once: the server waits for marks still on their way.
 */
async function propose(page: Page, delegation: string, why: string): Promise<void> {
  const form = page.getByRole('form', { name: `Suggestion of ${delegation}, not yet proposed` });
  await form.getByLabel('Justification').fill(why);
  await form.getByLabel('Justification').press('Enter');
  await form.waitFor({ state: 'detached' });
  await amendment(page, delegation).waitFor();
}

async function screenshot(page: Page, name: string, width = 1100): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  await page.setViewportSize({ width, height: 800 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: Math.min(height, 2400) });
  await page.screenshot({ path: `${DOC_IMAGES}${name}`, fullPage: false });
}

describe('negotiating the outcome document', () => {
  const suite = browserSuite();

  it('three delegations amend the zero draft; the penholder decides and circulates Rev. 1', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Maintenance of international peace and security');
    const presidency = await inviteOrganizer(admin, debate.id, 'Dang Thi Hoa');
    const vietNam = await makeTeam(admin, debate, 'Viet Nam', { 'Nguyen Thi Lan': 'drafter' });
    const estonia = await makeTeam(admin, debate, 'Estonia', { 'Mari Tamm': 'drafter' });
    const niger = await makeTeam(admin, debate, 'Niger', { 'Aïcha Moussa': 'drafter' });
    const kenya = await makeTeam(admin, debate, 'Kenya', { 'Wanjiru Kamau': 'drafter' });
    const person = (team: typeof vietNam): Account => Object.values(team.people)[0]!;
    const outcomePath = `/debates/${debate.id}/outcome`;

    // Before it is started, the outcome's address says so and leads back to the debate.
    const hoa = await suite.signedIn(presidency, outcomePath);
    await hoa.page.getByRole('heading', { name: 'No outcome document' }).waitFor();
    await hoa.page.getByRole('link', { name: 'Back to the debate' }).click();

    // The presidency starts a draft resolution with Viet Nam as penholder, on the debate page.
    const outcomeSection = hoa.page.getByRole('region', { name: 'Outcome document' });
    await outcomeSection.getByLabel('Start the outcome document').selectOption('resolution');
    await outcomeSection.getByLabel('Penholder').selectOption({ label: 'Viet Nam' });
    await outcomeSection.getByRole('button', { name: 'Start' }).click();
    await outcomeSection.getByRole('link', { name: 'Draft resolution' }).waitFor();

    // The penholder writes the zero draft in the shared editor, with some formatting, and circulates it.
    const pen = await suite.signedIn(person(vietNam), `/debates/${debate.id}`);
    await pen.page.getByText('Debate: each delegation’s drafts stay private').waitFor();
    await pen.page.getByRole('link', { name: 'Draft resolution' }).click();
    await pen.page.getByRole('heading', { name: 'Draft resolution' }).waitFor();
    await typeAtEnd(pen.page, ZERO_DRAFT[0]!);
    for (const text of ZERO_DRAFT.slice(1)) await typeAtEnd(pen.page, text, { newParagraph: true });
    await selectWord(pen.page, 'full use');
    await pen.page.keyboard.press('Control+B');
    await synced(pen.page);
    await pen.page.getByRole('button', { name: 'Circulate Zero draft' }).click();
    await pen.page.getByRole('button', { name: 'Circulate Rev. 1' }).waitFor();
    await paragraph(pen.page, 3).getByText(ZERO_DRAFT[2]!).waitFor();

    // Three delegations amend it in the text, each as suggestions in its own name.
    const ee = await suite.signedIn(person(estonia), outcomePath);
    await ee.page.getByText('Your changes are amendments in the name of Estonia').waitFor();
    await expect.poll(() => textOf(ee.page), WAIT).toBe(ZERO_DRAFT.join('\n\n'));
    await selectWord(ee.page, 'diplomacy');
    await ee.page.keyboard.press('ArrowRight');
    await ee.page.keyboard.type(' and mediation');
    await propose(ee.page, 'Estonia', 'Mediation is what the concept note asks about.');
    const ne = await suite.signedIn(person(niger), outcomePath);
    await selectWord(ne.page, ZERO_DRAFT[2]!);
    await ne.page.keyboard.press('Backspace');
    await propose(ne.page, 'Niger', 'The report is premature.');
    // Niger supports Estonia's amendment.
    await amendment(ne.page, 'Estonia').getByRole('button', { name: 'Support' }).click();
    await amendment(ne.page, 'Estonia').getByText('+1 Niger').waitFor();
    const ke = await suite.signedIn(person(kenya), outcomePath);
    await selectWord(ke.page, 'its resolutions');
    await ke.page.keyboard.press('ArrowLeft');
    await ke.page.keyboard.type('all ');
    await propose(ke.page, 'Kenya', 'All, not some.');
    await amendment(ke.page, 'Niger').getByRole('button', { name: 'Object' }).click();
    await amendment(ke.page, 'Niger').getByText('Objection: Kenya').waitFor();
    // Nobody but the penholder is offered a decision.
    expect(await ke.page.getByRole('button', { name: 'Accept' }).count()).toBe(0);

    // The penholder accepts Estonia's, rejects Niger's, leaves Kenya's pending.
    await pen.page.reload();
    await amendment(pen.page, 'Kenya').waitFor();
    await expect.poll(() => pen.page.locator('.suggestion-insert').count(), WAIT).toBe(2);
    await screenshot(pen.page, 'outcome-amendments.png');
    await amendment(pen.page, 'Estonia')
      .getByRole('button', { name: 'Accept', exact: true })
      .click();
    await amendment(pen.page, 'Estonia').getByText('Accepted', { exact: true }).waitFor();
    // The accepted text is now the paragraph's own, and the formatting around it is kept.
    const agreedText = paragraph(pen.page, 2).locator('.outcome-paragraph__text');
    await expect.poll(() => agreedText.innerText(), WAIT).toContain('and mediation;');
    await amendment(pen.page, 'Niger').getByRole('button', { name: 'Reject' }).click();
    await amendment(pen.page, 'Niger').getByText('Rejected').waitFor();
    // The open editor shows both decisions live. It reopened above: when its offline copy loads
    // after the socket opens, it resends everyone's marks, which must not get it disconnected.
    await expect.poll(() => pen.page.locator('.suggestion-insert').count(), WAIT).toBe(1);
    await expect.poll(() => pen.page.locator('.suggestion-delete').count(), WAIT).toBe(0);
    for (const page of [pen.page, ne.page, ke.page])
      await expect.poll(async () => (await connectionOf(page)).status, WAIT).toBe('connected');
    expect(await editorOf(pen.page).locator('strong').allInnerTexts()).toEqual(['full use']);
    await paragraph(pen.page, 1)
      .getByRole('combobox', { name: 'Status of paragraph 1' })
      .selectOption('bracketed');
    await pen.page.getByRole('status').filter({ hasText: '1 bracketed' }).waitFor();
    await paragraph(pen.page, 3)
      .getByRole('combobox', { name: 'Status of paragraph 3' })
      .selectOption('agreed');
    await pen.page.getByText('1 of 3 paragraphs agreed ad ref').waitFor();

    await pen.page.getByRole('button', { name: 'Circulate Rev. 1' }).click();
    const revisions = pen.page.getByRole('region', { name: 'Revisions' });
    // Exact: until the list shows Rev. 1, "Circulate Rev. 1" would match too (and circulate twice).
    await revisions.getByRole('button', { name: 'Rev. 1', exact: true }).click();
    const inserted = revisions.locator('ins.redline__insert');
    await expect
      .poll(() => inserted.allInnerTexts(), WAIT)
      .toEqual([expect.stringContaining('and mediation')]);
    await revisions.scrollIntoViewIfNeeded();
    await screenshot(pen.page, 'outcome-redline.png');

    // Estonia sees the text as circulated; then the penholder calls silence and everyone sees it.
    await ee.page.reload();
    expect(await paragraph(ee.page, 2).locator('.outcome-paragraph__text').innerText()).toContain(
      'and mediation;',
    );
    await vietNamSilence(person(vietNam), debate.id);
    await ee.page.reload();
    const banner = ee.page.locator('.silence-banner');
    await banner.getByText('Rev. 1 is under silence until').waitFor();
    await banner
      .getByLabel('Break silence for Estonia: your reason')
      .fill('Paragraph 1 is still bracketed.');
    await ee.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(ee.page, 'outcome-silence-phone.png', 390);
    const overflow = await ee.page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow).toBe(false);
    await banner.getByRole('button', { name: 'Break silence' }).click();
    await ee.page.getByText('Your changes are amendments in the name of Estonia').waitFor();
    const view = await estonia.people['Mari Tamm']!.client.get<{ revisions: { status: string }[] }>(
      `/api/debates/${debate.id}/outcome`,
    );
    expect(view.body.revisions.map((r) => r.status)).toEqual(['circulated', 'silence_broken']);
  }, 360_000);
});

async function vietNamSilence(pen: Account, debateId: string): Promise<void> {
  await pen.client.expect(200, 'POST', `/api/debates/${debateId}/outcome/silence`, {
    deadline: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString(),
  });
}
