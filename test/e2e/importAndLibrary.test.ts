// Concept-note import and the reference library, in the browser: an organizer imports
// sample 000 through the review form; a drafter adds report 002 to the library, finds a
// passage from the editor's side panel and quotes it; a reviewer may search, not insert.
import { fileURLToPath } from 'node:url';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeDebate, makeStatement } from '../support/factories.js';
import { connectionOf, textOf, typeAtEnd } from './support/browser.js';
import { browserSuite, DOC_IMAGES, WAIT } from './support/browserSuite.js';
import { importConceptNote, inviteOrganizer, makeTeam } from './support/world.js';

const sample = (name: string) =>
  fileURLToPath(new URL(`../../apps/server/samples/${name}`, import.meta.url));
const CONCEPT_NOTE = sample('000_c04e87125c8fdf9b.txt');
const REPORT_2011 = sample('002_152554e5fab3c98f.txt');
const ARTICLE = sample('003_4e2620be06bd6a9f.txt');

const valuesOf = (inputs: Locator): Promise<string[]> =>
  inputs.evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
const POINT_LABELS = ['12(a)', '12(b)', '12(c)', '12(d)', '12(e)'];

describe('concept-note import and the reference library in the browser', () => {
  const suite = browserSuite();

  it('imports a concept note: review, correct, reorder by keyboard, confirm', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Open debate, April 2021');
    const organizer = await inviteOrganizer(admin, debate.id, 'Pham Thu Hang');
    const hang = await suite.signedIn(organizer, `/debates/${debate.id}`);
    const { page } = hang;

    await page.getByRole('button', { name: 'Import concept note' }).click();
    // A document that is not a concept note is refused with the server's own words.
    await page.getByLabel('Concept note file').setInputFiles(ARTICLE);
    await page.getByRole('alert').filter({ hasText: 'could not be imported' }).waitFor();
    await page.getByLabel('Concept note file').setInputFiles(CONCEPT_NOTE);
    await page.getByRole('heading', { name: 'Review the concept note' }).waitFor();
    const pointLabels = page.getByLabel(/^Label of discussion point \d+$/);
    await expect.poll(() => valuesOf(pointLabels), WAIT).toEqual(POINT_LABELS);
    expect(await valuesOf(page.getByLabel(/^Label of objective \d+$/))).toEqual([
      '11(a)',
      '11(b)',
      '11(c)',
      '11(d)',
    ]);
    expect(await page.getByLabel('Presidency').inputValue()).toBe('Viet Nam');
    expect(await page.getByLabel('Meeting date').inputValue()).toBe('2021-04-19');
    expect(await page.getByLabel('Format').inputValue()).toBe('high-level open debate');

    const edited =
      'The importance of confidence-building measures and preventive diplomacy in supporting conflict prevention';
    await page.getByLabel('Text of discussion point 12(b)').fill(edited);
    // Keyboard reordering: focus stays on the row's button, so Enter can be pressed again.
    await page.getByRole('button', { name: 'Move 12(e) up' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => valuesOf(pointLabels), WAIT)
      .toEqual(['12(a)', '12(b)', '12(c)', '12(e)', '12(d)']);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => valuesOf(pointLabels), WAIT).toEqual(POINT_LABELS);

    // Tall enough for the whole form, so the sticky header does not cut through the picture.
    await page.setViewportSize({ width: 1280, height: 2600 });
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    // A mistake is pointed out before anything is sent, and nothing typed is lost.
    const lastLabel = page.getByLabel('Label of discussion point 5');
    await lastLabel.fill('12(d)');
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('alert').filter({ hasText: 'labelled “12(d)”' }).waitFor();
    expect(await lastLabel.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await page.getByLabel('Text of discussion point 12(b)').inputValue()).toBe(edited);
    await lastLabel.fill('12(e)');

    const form = page.locator('form.import-review');
    await form.screenshot({ path: `${DOC_IMAGES}import-review.png` });
    await page.getByRole('button', { name: 'Confirm import' }).click();

    await page.getByRole('heading', { level: 1, name: /^Enhancing cooperation/ }).waitFor();
    const points = page.getByRole('list', { name: 'Discussion points' }).getByRole('listitem');
    await expect.poll(() => points.count(), WAIT).toBe(5);
    expect(await points.locator('.labelled-list__label').allInnerTexts()).toEqual(POINT_LABELS);
    expect(await points.nth(1).innerText()).toContain(edited);
    expect(await page.locator('.debate-facts').innerText()).toContain('dppa-scsb3@un.org');
  });

  it('starts a new debate from its concept note: the debate is created on confirmation', async () => {
    const admin = await suite.admin();
    const earlier = await makeDebate(admin, 'An earlier debate');
    const organizer = await inviteOrganizer(admin, earlier.id, 'Pham Thu Hang');
    const { page } = await suite.signedIn(organizer, '/debates');
    const list = () => organizer.client.get<{ debates: unknown[] }>('/api/debates');
    const before = (await list()).body.debates.length;
    await page.getByRole('heading', { name: 'Start from the concept note' }).waitFor();
    await page.getByLabel('Concept note for the new debate').setInputFiles(CONCEPT_NOTE);
    await page.getByRole('heading', { name: 'Review the concept note' }).waitFor();
    const pointLabels = page.getByLabel(/^Label of discussion point \d+$/);
    await expect.poll(() => valuesOf(pointLabels), WAIT).toEqual(POINT_LABELS);
    // Nothing exists until the review is confirmed.
    expect((await list()).body.debates).toHaveLength(before);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('heading', { level: 1, name: /^Enhancing cooperation/ }).waitFor();
    const points = page.getByRole('list', { name: 'Discussion points' }).getByRole('listitem');
    await expect.poll(() => points.count(), WAIT).toBe(5);
    expect(await page.locator('.debate-facts').innerText()).toContain('Viet Nam');
    expect((await list()).body.debates).toHaveLength(before + 1);
  });

  it('adds a report to the library and quotes a passage from the editor panel', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Preventive diplomacy and regional partners');
    await importConceptNote(admin, debate.id);
    const team = await makeTeam(admin, debate, 'Viet Nam', {
      'Nguyen Thi Lan': 'drafter',
      'Le Van Minh': 'reviewer',
    });
    const drafter = team.people['Nguyen Thi Lan']!;
    const statement = await makeStatement(
      drafter.client,
      debate.id,
      [team.delegationId],
      'Statement of Viet Nam',
    );
    const lan = await suite.signedIn(drafter, `/debates/${debate.id}`);

    await lan.page.getByLabel('Document for the library').setInputFiles(REPORT_2011);
    const documents = lan.page.getByRole('list', { name: 'Documents in the library' });
    const row = documents
      .getByRole('listitem')
      .filter({ hasText: 'Preventive diplomacy: Delivering results' });
    await row.waitFor();
    expect(await row.innerText()).toContain('72 paragraphs');
    // The symbol the citations use, entered in the library.
    await row.getByRole('button', { name: /^Edit the symbol, title and date/ }).click();
    const details = row.getByRole('form');
    await details.getByLabel('Document symbol').fill('S/2011/552');
    await details.getByLabel('Date of issue').fill('2011-08-26');
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect
      .poll(() => row.locator('.item-list__meta').first().innerText(), WAIT)
      .toMatch(/^S\/2011\/552 · .*2011 · 72 paragraphs$/);
    await row.getByRole('link').click();
    await lan.page
      .getByRole('heading', { level: 1, name: 'Preventive diplomacy: Delivering results' })
      .waitFor();
    expect(await lan.page.locator('#para-72').innerText()).toMatch(/^72\./);

    await lan.page.goto(`/s/${statement.id}`);
    await expect.poll(async () => (await connectionOf(lan.page)).status, WAIT).toBe('connected');
    await typeAtEnd(lan.page, 'Mr. President, as the Secretary-General observed:');
    await lan.page.keyboard.press('Control+Shift+L');
    const search = lan.page.getByRole('searchbox', { name: 'Search the reference library' });
    await expect
      .poll(() => search.evaluate((input) => input === document.activeElement), WAIT)
      .toBe(true);
    const panel = lan.page.getByRole('complementary', { name: 'Points and library' });
    const panelPoints = panel
      .getByRole('list', { name: 'Discussion points' })
      .getByRole('listitem');
    await expect.poll(() => panelPoints.count(), WAIT).toBe(5);
    // The points fold away to leave the search results the room.
    await panel.getByText('Discussion points', { exact: true }).click();
    await expect.poll(() => panelPoints.isVisible(), WAIT).toBe(false);
    await search.focus();
    await lan.page.keyboard.type('preventive diplomacy');
    const hits = lan.page.getByRole('list', { name: 'Passages found' }).getByRole('listitem');
    await expect.poll(() => hits.count(), WAIT).toBeGreaterThan(3);
    expect(await hits.first().locator('mark').first().innerText()).toMatch(/^preventive$/i);

    // One sentence of the paragraph, chosen in the card, goes in as its own block quotation.
    const citation = await hits.first().locator('.search-hit__citation').innerText();
    expect(citation).toMatch(/^S\/2011\/552, para\. \d+$/);
    await hits
      .first()
      .getByRole('button', { name: /^Quote from paragraph \d+ of S\/2011\/552$/ })
      .click();
    const picker = hits.first().getByRole('group', { name: 'Sentences to quote' });
    const sentences = picker.getByRole('checkbox');
    expect(await sentences.count()).toBeGreaterThan(1);
    const chosen = picker.locator('label:has(input:checked)');
    expect(await chosen.count()).toBe(1);
    const sentence = await chosen.innerText();
    await lan.page.screenshot({ path: `${DOC_IMAGES}quote-sentences.png` });
    await picker.getByRole('button', { name: /as a quotation$/ }).click();
    const quote = lan.page.locator('.statement-body blockquote');
    await expect.poll(() => quote.innerText(), WAIT).toBe(`“${sentence}” (${citation})`);
    expect(await textOf(lan.page)).toMatch(/observed:\n+“/);
    // The caret waits below the quotation.
    await lan.page.keyboard.type('We agree.');
    await expect
      .poll(() => textOf(lan.page), WAIT)
      .toMatch(/\(S\/2011\/552, para\. \d+\)\n+We agree\.$/);
    await expect.poll(async () => (await connectionOf(lan.page)).unsynced, WAIT).toBe(0);
    await lan.page.screenshot({ path: `${DOC_IMAGES}library-panel.png` });

    // The quotation reached colleagues through the shared document; a reviewer searches too.
    const minh = await suite.join(team.people['Le Van Minh']!, `/s/${statement.id}`);
    await expect.poll(() => textOf(minh.page), WAIT).toContain(`(${citation})`);
    await minh.page.getByRole('button', { name: 'Points and library' }).click();
    await minh.page
      .getByRole('searchbox', { name: 'Search the reference library' })
      .fill('regional');
    const seen = minh.page.getByRole('list', { name: 'Passages found' }).getByRole('listitem');
    await expect.poll(() => seen.count(), WAIT).toBeGreaterThan(0);
    expect(await minh.page.getByRole('button', { name: /^Quote from paragraph/ }).count()).toBe(0);
  });
});
