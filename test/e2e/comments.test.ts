// Reviewing in the browser: a reviewer comments on the drafter's text and mentions her;
// the drafter sees the highlight and the thread arrive live, replies and resolves, and
// the reviewer sees each step as it happens. The drafter's mention reaches her bell.
import { describe, expect, it } from 'vitest';
import { makeDebate, makeStatement } from '../support/factories.js';
import { editorOf, textOf, typeAtEnd } from './support/browser.js';
import { browserSuite, DOC_IMAGES, WAIT } from './support/browserSuite.js';
import {
  commentsPanelOf,
  highlightedTexts,
  selectText,
  threadComments,
  threadsOf,
} from './support/comments.js';
import { makeTeam } from './support/world.js';

const OPENING =
  'Viet Nam thanks the Presidency for convening this open debate, and the Secretary-General for his briefing.';
const CONCERN =
  'We remain deeply concerned by the use of explosive weapons in populated areas, which continues to cause most civilian casualties.';
const CLOSING = 'I thank you.';

describe('reviewing and commenting in the browser', () => {
  const suite = browserSuite();

  it('a reviewer comments and mentions the drafter, who replies and resolves, live for both', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Protection of civilians in armed conflict');
    const team = await makeTeam(admin, debate, 'Viet Nam', {
      'Nguyen Thi Lan': 'drafter',
      'Pham Minh Chau': 'reviewer',
    });
    const statement = await makeStatement(
      team.people['Nguyen Thi Lan']!.client,
      debate.id,
      [team.delegationId],
      'Statement of Viet Nam — open debate on the protection of civilians',
    );
    const path = `/s/${statement.id}`;
    const lan = await suite.join(team.people['Nguyen Thi Lan']!, path);
    await typeAtEnd(lan.page, 'Mr. President,');
    for (const paragraph of [OPENING, CONCERN, CLOSING])
      await typeAtEnd(lan.page, paragraph, { newParagraph: true });

    const chau = await suite.join(team.people['Pham Minh Chau']!, path);
    await expect.poll(() => textOf(chau.page), WAIT).toContain(CLOSING);

    // The reviewer selects a phrase: a Comment button appears beside it; the shortcut opens
    // the composer too. She mentions the drafter through the suggestion list.
    await selectText(chau.page, 'explosive weapons in populated areas');
    await chau.page.getByRole('button', { name: 'Comment', exact: true }).waitFor();
    await chau.page.keyboard.press('Control+Alt+M');
    const composer = chau.page.getByLabel('Comment on the selected text');
    await expect
      .poll(() => composer.evaluate((el) => el === document.activeElement), WAIT)
      .toBe(true);
    await composer.pressSequentially('@Ngu');
    const option = chau.page.getByRole('option', { name: /Nguyen Thi Lan/ });
    await option.waitFor();
    await composer.press('Enter');
    await composer.pressSequentially(
      'could we cite the Secretary-General’s report here? It gives the figures for 2020.',
    );
    await composer.press('Control+Enter');

    const expectedFirst = [
      'Pham Minh Chau: @Nguyen Thi Lan could we cite the Secretary-General’s report here? It gives the figures for 2020.',
    ];
    await expect
      .poll(() => threadComments(threadsOf(chau.page).first()), WAIT)
      .toEqual(expectedFirst);
    await expect
      .poll(() => highlightedTexts(chau.page), WAIT)
      .toEqual(['explosive weapons in populated areas']);

    // A second comment, on earlier text: the panel lists threads in the order of the text.
    await selectText(chau.page, 'convening this open debate');
    await chau.page.getByRole('button', { name: 'Comment', exact: true }).click();
    await chau.page
      .getByLabel('Comment on the selected text')
      .fill('“Convening” reads well. No change needed.');
    await chau.page.getByRole('button', { name: 'Comment', exact: true }).last().click();
    await expect.poll(() => threadsOf(chau.page).count(), WAIT).toBe(2);
    await expect
      .poll(() => threadsOf(chau.page).locator('.thread__quote-text').allTextContents(), WAIT)
      .toEqual(['“convening this open debate”', '“explosive weapons in populated areas”']);

    // The drafter sees both highlights and the mention arrive without reloading.
    await expect
      .poll(() => highlightedTexts(lan.page), WAIT)
      .toEqual(['convening this open debate', 'explosive weapons in populated areas']);
    const bell = lan.page.getByRole('banner').getByRole('button', { name: /^Notifications/ });
    await expect.poll(() => bell.getAttribute('aria-label'), WAIT).toBe('Notifications, 1 unread');

    // She opens the mention: the statement's comments open at that thread.
    await bell.click();
    await lan.page.getByRole('link', { name: /Pham Minh Chau mentioned you in/ }).click();
    const lanPanel = commentsPanelOf(lan.page);
    await lanPanel.waitFor();
    const thread = lanPanel.locator('article.thread[data-active]');
    await expect.poll(() => threadComments(thread), WAIT).toEqual(expectedFirst);
    await expect.poll(() => bell.getAttribute('aria-label'), WAIT).toBe('Notifications');
    expect(await thread.locator('.mention--me').textContent()).toBe('@Nguyen Thi Lan');

    // She replies; the reviewer sees it at once.
    const reply = thread.getByRole('textbox', { name: /^Reply to the comment/ });
    await reply.fill('Yes: S/2021/423, para. 12. I will add the citation.');
    await reply.press('Control+Enter');
    const withReply = [
      ...expectedFirst,
      'Nguyen Thi Lan: Yes: S/2021/423, para. 12. I will add the citation.',
    ];
    await expect.poll(() => threadComments(threadsOf(chau.page).nth(1)), WAIT).toEqual(withReply);
    await reply.blur();
    await lan.page.screenshot({ path: `${DOC_IMAGES}comments-panel.png` });

    // She resolves it: it leaves both open lists and its highlight goes, live.
    await thread.getByRole('button', { name: 'Resolve', exact: true }).click();
    for (const person of [lan, chau]) {
      await expect
        .poll(() => highlightedTexts(person.page), WAIT)
        .toEqual(['convening this open debate']);
    }
    await expect.poll(() => threadsOf(chau.page).count(), WAIT).toBe(1);
    await chau.page.getByRole('button', { name: /^Resolved/ }).click();
    await expect.poll(() => threadComments(threadsOf(chau.page).first()), WAIT).toEqual(withReply);
    await expect
      .poll(() => threadsOf(chau.page).first().locator('.thread__resolved').textContent(), WAIT)
      .toMatch(/^Resolved by Nguyen Thi Lan/);

    // The reviewer only ever suggests, and commenting suggested nothing.
    await chau.page.getByRole('status').filter({ hasText: 'Suggesting' }).waitFor();
    expect(await chau.page.locator('.suggestion-insert, .suggestion-delete').count()).toBe(0);
  });

  it('shows edits, deletions and deleted text live; moves between comments by keyboard; viewers only read', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Climate and security');
    const team = await makeTeam(admin, debate, 'Kenya', {
      'Wanjiru Kamau': 'drafter',
      'Achieng Njeri': 'reviewer',
      'Otieno Odhiambo': 'viewer',
    });
    const statement = await makeStatement(
      team.people['Wanjiru Kamau']!.client,
      debate.id,
      [team.delegationId],
      'Statement of Kenya',
    );
    const path = `/s/${statement.id}`;
    const wanjiru = await suite.join(team.people['Wanjiru Kamau']!, path);
    await typeAtEnd(wanjiru.page, 'Kenya aligns itself with the statement of the African Group.');
    await typeAtEnd(wanjiru.page, 'Climate change is a threat multiplier.', { newParagraph: true });
    const achieng = await suite.join(team.people['Achieng Njeri']!, path);
    await expect.poll(() => textOf(achieng.page), WAIT).toContain('threat multiplier.');

    for (const [phrase, remark] of [
      ['African Group', 'Also the Group of 77?'],
      ['threat multiplier', 'A well-worn phrase.'],
    ] as const) {
      // At once, as a quick hand would: the page reads the selection the person sees.
      await selectText(achieng.page, phrase);
      await achieng.page.keyboard.press('Control+Alt+M');
      const composer = achieng.page.getByLabel('Comment on the selected text');
      await composer.fill(remark);
      await composer.press('Control+Enter');
      await expect.poll(() => highlightedTexts(wanjiru.page), WAIT).toContain(phrase);
    }

    // The reviewer edits her comment; the drafter sees the new text, marked as edited.
    const achiengThreads = threadsOf(achieng.page);
    await achiengThreads.nth(1).click();
    await achiengThreads.nth(1).getByRole('button', { name: 'Edit' }).click();
    const edit = achieng.page.getByLabel('Edit your comment');
    await edit.fill('A well-worn phrase: could we say “a risk multiplier”?');
    await edit.press('Control+Enter');
    await wanjiru.page.getByRole('button', { name: /^Comments/ }).click();
    const wanjiruThreads = threadsOf(wanjiru.page);
    await expect
      .poll(() => threadComments(wanjiruThreads.nth(1)), WAIT)
      .toEqual(['Achieng Njeri: A well-worn phrase: could we say “a risk multiplier”?']);
    expect(await wanjiruThreads.nth(1).locator('.comment__edited').count()).toBe(1);

    // Ctrl+Alt+N and Ctrl+Alt+P go through the comments in the order of the text.
    await editorOf(wanjiru.page).focus();
    const activeQuote = () =>
      wanjiru.page.locator('article.thread[data-active] .thread__quote-text').textContent();
    await wanjiru.page.keyboard.press('Control+Alt+N');
    await expect.poll(activeQuote, WAIT).toBe('“African Group”');
    await wanjiru.page.keyboard.press('Control+Alt+N');
    await expect.poll(activeQuote, WAIT).toBe('“threat multiplier”');
    await wanjiru.page.keyboard.press('Control+Alt+P');
    await expect.poll(activeQuote, WAIT).toBe('“African Group”');

    // Only its author deletes a comment (a drafter resolves instead), after confirming: a stub
    // stays for everyone, and the comment waits in the debate's Trash.
    expect(
      await wanjiruThreads
        .first()
        .getByRole('button', { name: 'Delete the comment by Achieng Njeri' })
        .count(),
    ).toBe(0);
    await achiengThreads.first().click();
    await achiengThreads
      .first()
      .getByRole('button', { name: 'Delete the comment by Achieng Njeri' })
      .click();
    await achieng.page.getByRole('dialog').getByRole('button', { name: 'Delete comment' }).click();
    await expect
      .poll(() => threadComments(wanjiruThreads.first()), WAIT)
      .toEqual(['Comment deleted']);

    // Deleting all of the commented text keeps the thread, at the end, with its quotation.
    // (The click collapses the selection Ctrl+Alt+P made; the margin button then shows that
    // the editor has taken the new one.)
    await wanjiru.page.locator('.statement-body p', { hasText: 'Climate change' }).click();
    await selectText(wanjiru.page, 'Climate change is a threat multiplier.');
    await wanjiru.page.getByRole('button', { name: 'Comment', exact: true }).waitFor();
    await wanjiru.page.keyboard.press('Backspace');
    await expect.poll(() => highlightedTexts(achieng.page), WAIT).toEqual(['African Group']);
    await expect
      .poll(() => achiengThreads.last().locator('.thread__orphan-note').textContent(), WAIT)
      .toBe('Text deleted');
    expect(await achiengThreads.last().locator('.thread__quote-text').textContent()).toBe(
      '“threat multiplier”',
    );

    // A viewer reads the comments but has no way to write one.
    const otieno = await suite.join(team.people['Otieno Odhiambo']!, path);
    await otieno.page.getByRole('button', { name: /^Comments/ }).click();
    await expect.poll(() => threadsOf(otieno.page).count(), WAIT).toBe(2);
    await selectText(otieno.page, 'African Group');
    await otieno.page.keyboard.press('Control+Alt+M');
    expect(await otieno.page.getByRole('button', { name: 'Comment', exact: true }).count()).toBe(0);
    expect(await commentsPanelOf(otieno.page).getByRole('textbox').count()).toBe(0);
    expect(
      await commentsPanelOf(otieno.page)
        .getByRole('button', { name: 'Resolve', exact: true })
        .count(),
    ).toBe(0);
  });
});
