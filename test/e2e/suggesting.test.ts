// Suggesting mode in the browser: a reviewer proposes a replacement, an insertion and a
// deletion; the drafter sees them live, accepts one and rejects another; the Word export
// carries what is left as tracked changes in the reviewer's name, the clean export does not.
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeDebate, makeStatement } from '../support/factories.js';
import { selectWord, textOf, typeAtEnd } from './support/browser.js';
import { browserSuite, DOC_IMAGES, WAIT } from './support/browserSuite.js';
import { makeTeam } from './support/world.js';
import { zipEntry } from './support/zipEntry.js';

const TEXT = 'Kenya also welcomes the report of the Secretary-General.';

const cards = (page: Page) => page.locator('.suggestion-card');

describe('suggesting changes', () => {
  const suite = browserSuite();

  it('reviewer suggests, drafter accepts and rejects live; Word gets tracked changes', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Open debate on climate and security');
    const team = await makeTeam(admin, debate, 'Kenya', {
      'Wanjiru Kamau': 'drafter',
      'Achieng Njeri': 'reviewer',
    });
    const drafterAccount = team.people['Wanjiru Kamau']!;
    const statement = await makeStatement(
      drafterAccount.client,
      debate.id,
      [team.delegationId],
      'Statement of Kenya',
    );
    const path = `/s/${statement.id}`;

    const drafter = await suite.join(drafterAccount, path);
    await typeAtEnd(drafter.page, TEXT);
    const reviewer = await suite.join(team.people['Achieng Njeri']!, path);
    await expect.poll(() => textOf(reviewer.page), WAIT).toBe(TEXT);
    await reviewer.page.getByRole('status').filter({ hasText: 'Suggesting' }).waitFor();

    // A replacement, a deletion and an insertion.
    await selectWord(reviewer.page, 'report');
    await reviewer.page.keyboard.type('briefing');
    await selectWord(reviewer.page, 'also ');
    await reviewer.page.keyboard.press('Backspace');
    await typeAtEnd(reviewer.page, ' We thank the briefers.');
    // Nothing was removed: the deleted words stay, struck through.
    await expect
      .poll(() => textOf(reviewer.page), WAIT)
      .toBe(
        'Kenya also welcomes the reportbriefing of the Secretary-General. We thank the briefers.',
      );
    await expect.poll(() => reviewer.page.locator('.suggestion-delete').count(), WAIT).toBe(2);

    // The drafter sees them as they are typed, and opens the cards.
    await expect
      .poll(() => drafter.page.locator('.suggestion-insert').allInnerTexts(), WAIT)
      .toEqual(['briefing', ' We thank the briefers.']);
    await drafter.page.getByRole('button', { name: /^Suggestions/ }).click();
    await expect.poll(() => cards(drafter.page).count(), WAIT).toBe(3);
    await expect
      .poll(() => cards(drafter.page).locator('.suggestion-card__change').allInnerTexts(), WAIT)
      .toEqual([
        'Delete “also ”',
        'Replace “report” with “briefing”',
        'Add “ We thank the briefers.”',
      ]);
    expect(await cards(drafter.page).first().innerText()).toContain('Achieng Njeri');
    // Speaking time reads the text as it stands, and says what it would be with all accepted.
    await expect
      .poll(() => drafter.page.locator('.time-meter__button').getAttribute('title'), WAIT)
      .toMatch(/^Speaking time as the text stands; \d+ s with every suggestion accepted$/);
    await drafter.page.mouse.move(0, 0);
    await drafter.page.screenshot({ path: `${DOC_IMAGES}suggesting-drafter.png` });
    await reviewer.page.screenshot({ path: `${DOC_IMAGES}suggesting-reviewer.png` });
    await reviewer.page.setViewportSize({ width: 390, height: 844 });
    await reviewer.page.getByRole('status').filter({ hasText: 'Suggesting' }).waitFor();
    await reviewer.page.screenshot({ path: 'test-results/screenshots/suggesting-phone.png' });
    await reviewer.page.setViewportSize({ width: 1280, height: 860 });

    // Accept the insertion, reject the deletion; the replacement stays open.
    const card = (text: string) => cards(drafter.page).filter({ hasText: text });
    await card('We thank the briefers').getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => cards(drafter.page).count(), WAIT).toBe(2);
    await card('Delete “also ”').getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => cards(drafter.page).count(), WAIT).toBe(1);
    await expect
      .poll(() => reviewer.page.locator('.suggestion-delete').allInnerTexts(), WAIT)
      .toEqual(['report']);
    await expect
      .poll(() => reviewer.page.locator('.suggestion-insert').allInnerTexts(), WAIT)
      .toEqual(['briefing']);

    // Word: the open replacement as w:del + w:ins in the reviewer's name; clean: none.
    const download = async (query: string) => {
      const { client } = drafterAccount;
      const response = await fetch(
        `${client.baseUrl}/api/statements/${statement.id}/export?format=docx${query}`,
        { headers: { cookie: client.cookie ?? '' } },
      );
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const tracked = await download('&suggestions=tracked');
    const trackedXml = zipEntry(tracked, 'word/document.xml')?.toString('utf8') ?? '';
    expect(trackedXml).toMatch(/<w:del w:id="\d+" w:author="Achieng Njeri" w:date="[^"]+Z">/);
    expect(trackedXml).toMatch(/<w:ins w:id="\d+" w:author="Achieng Njeri" w:date="[^"]+Z">/);
    expect(trackedXml).toMatch(/<w:delText[^>]*>report<\/w:delText>/);
    const clean = await download('');
    const cleanXml = zipEntry(clean, 'word/document.xml')?.toString('utf8') ?? '';
    expect(cleanXml).not.toMatch(/<w:(ins|del) /);
    const { value: cleanText } = await mammoth.extractRawText({ buffer: clean });
    expect(cleanText).toContain(
      'Kenya also welcomes the report of the Secretary-General. We thank the briefers.',
    );
    const { value: trackedText } = await mammoth.extractRawText({ buffer: tracked });
    expect(trackedText).toContain('briefing');
  });
});
