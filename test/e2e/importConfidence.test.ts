// The import review says how sure the importer is: a field it guessed is highlighted with
// the sentence it came from, a meeting outside the Council presidency shows its convener (kept
// on the debate and shown on its page),
// and a text with questions but no meeting header imports its points with a notice.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeDebate } from '../support/factories.js';
import { browserSuite, DOC_IMAGES, WAIT } from './support/browserSuite.js';
import { onScreen, overflow } from './support/layout.js';
import { inviteOrganizer } from './support/world.js';

const corpus = (name: string) =>
  fileURLToPath(new URL(`../../packages/un-docs/fixtures/corpus/${name}`, import.meta.url));

describe('confidence in the concept-note review', () => {
  const suite = browserSuite();

  it('highlights guessed fields with their source and shows the convener and a partial import', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Arria-formula meeting, May 2026');
    const organizer = await inviteOrganizer(admin, debate.id, 'Ama Owusu');
    const { page } = await suite.signedIn(organizer, `/debates/${debate.id}`);

    await page.getByRole('button', { name: 'Import concept note' }).click();
    await page
      .getByLabel('Concept note file')
      .setInputFiles(corpus('arria-letter-annex-heading-theme.txt'));
    await page.getByRole('heading', { name: 'Review the concept note' }).waitFor();
    const theme = page.locator('.field', { has: page.getByLabel('Theme') });
    await expect.poll(() => theme.getAttribute('data-confidence'), WAIT).toBe('low');
    expect(await theme.locator('.field__source').textContent()).toBe(
      'Check this: read from “Youth-led climate action in fragile settings”',
    );
    const presidency = page.locator('.field', { has: page.getByLabel('Council presidency') });
    expect(await presidency.getAttribute('data-confidence')).toBeNull();
    expect(await page.getByLabel('Council presidency').inputValue()).toBe('');
    expect(await page.getByLabel('Convened by').inputValue()).toBe('Ghana and Japan');
    await page
      .locator('form.import-review')
      .screenshot({ path: `${DOC_IMAGES}import-confidence.png` });

    // Confirmed, the debate page names the convener and no presidency.
    await page.getByRole('button', { name: 'Confirm import' }).click();
    const facts = page.locator('.debate-facts');
    await expect.poll(() => facts.innerText(), WAIT).toContain('Ghana and Japan');
    expect(await facts.innerText()).toMatch(/Convened by\s+Ghana and Japan/i);
    expect(await facts.innerText()).not.toMatch(/presidency/i);

    // Then a news item quoting the questions: its points come in, with a notice.
    await page.getByRole('button', { name: 'Import concept note' }).click();
    await page
      .getByLabel('Concept note file')
      .setInputFiles(corpus('news-item-quoted-questions.txt'));
    await page.getByText(/^No meeting header was found/).waitFor();
    expect(await page.getByLabel(/^Label of discussion point \d+$/).count()).toBe(3);
  });

  it('reads a refused file as a concept note when the organizer asks, every field to check', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Open debate on working methods');
    const organizer = await inviteOrganizer(admin, debate.id, 'Lena Brandt');
    const { page } = await suite.signedIn(organizer, `/debates/${debate.id}`);

    await page.getByRole('button', { name: 'Import concept note' }).click();
    await page
      .getByLabel('Concept note file')
      .setInputFiles(corpus('r17-refused-sc-press-release.txt'));
    const refusal = page.getByRole('alert');
    await refusal.getByText(/reads as a record of a meeting already held/).waitFor();
    await page
      .locator('.import-start')
      .screenshot({ path: `${DOC_IMAGES}import-refused-read-anyway.png` });

    // On a phone the refusal, its message and the button fit the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page), 'the refusal at 390 px').toEqual({ px: 0, culprits: [] });
    const anyway = refusal.getByRole('button', { name: 'Read it as a concept note anyway' });
    await anyway.scrollIntoViewIfNeeded();
    expect(await onScreen(page, '.import-start [role="alert"] button'), 'the button').toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/phone-import-refused.png' });

    await anyway.click();
    await page.getByRole('heading', { name: 'Review the concept note' }).waitFor();
    await page.getByText(/it was read as one because you asked/).waitFor();
    expect(await overflow(page), 'the review at 390 px').toEqual({ px: 0, culprits: [] });
    await page.screenshot({ path: 'test-results/screenshots/phone-import-read-anyway.png' });
    // Every field it filled is highlighted for checking.
    const filled = page.locator('.field[data-confidence]');
    expect(await filled.count()).toBeGreaterThan(0);
    expect(await page.locator('.field[data-confidence="low"]').count()).toBe(await filled.count());
  });
});
