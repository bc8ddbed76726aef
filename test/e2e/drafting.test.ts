// Drafting against the discussion points in the browser, on sample 000's open debate: a
// statement from the UN template, a paragraph tagged from a suggestion and from the point
// menu, the coverage map and the speaking-time meter following the text, a colleague shown
// in the section they write, and a reviewer who sees it all but cannot tag.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectClient, waitSynced } from '../support/collabClient.js';
import { makeDebate } from '../support/factories.js';
import { connectionOf, editorOf, textOf } from './support/browser.js';
import { browserSuite, DOC_IMAGES, WAIT } from './support/browserSuite.js';
import {
  caretAtEndOf,
  coverageMapOf,
  coverageRow,
  importSample000,
  marginChipsBeside,
  meterText,
} from './support/drafting.js';
import { makeTeam } from './support/world.js';
import type * as Y from 'yjs';

const TITLE = 'Statement of Viet Nam — open debate 19 April 2021';
const OPENING_END = 'the briefers for their insights.';
const EARLY_WARNING =
  'Early warning saves lives only when it leads to early action. Regional organizations see crises coming first: we encourage them to enhance cooperation among themselves and to share early warning analysis, as the African Union, ECOWAS and ASEAN have begun to do.';
const DIALOGUE =
  'Confidence-building measures and sustained dialogue between neighbours remain the surest way to prevent disputes from escalating.';

async function synced(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const { status, unsynced } = await connectionOf(page);
      return `${status} ${unsynced}`;
    }, WAIT)
    .toBe('connected 0');
}

describe('drafting against the discussion points', () => {
  const suite = browserSuite();

  async function sample000(speakingLimitMinutes = 5) {
    const admin = await suite.admin();
    const debate = await makeDebate(admin, 'Open debate');
    await importSample000(admin, debate.id, speakingLimitMinutes);
    return makeTeam(admin, debate, 'Viet Nam', {
      'Nguyen Thi Lan': 'drafter',
      'Tran Minh Duc': 'drafter',
      'Le Van Minh': 'reviewer',
    });
  }

  /** Nguyen Thi Lan's statement from the UN template, created through the API. */
  async function fromTemplate(team: Awaited<ReturnType<typeof sample000>>) {
    const { statement } = await team.people['Nguyen Thi Lan']!.client.expect<{
      statement: { id: string };
    }>(201, 'POST', `/api/debates/${team.debate.id}/statements`, {
      title: TITLE,
      delegationIds: [team.delegationId],
      template: { salutation: 'Mr. President,' },
    });
    return statement;
  }

  it('creates from the template, tags from a suggestion and the menu, and maps coverage and time', async () => {
    const team = await sample000();
    const lan = await suite.signedIn(team.people['Nguyen Thi Lan']!, '/');

    // The template, prefilled from the debate, with the salutation chosen in the form.
    await lan.page.getByLabel('New statement').fill(TITLE);
    await expect
      .poll(() => lan.page.getByLabel('UN template (prefilled from the debate)').isChecked())
      .toBe(true);
    await lan.page.getByLabel('Madam President').check();
    await lan.page.getByRole('button', { name: 'Create statement' }).click();
    await lan.page.waitForURL(/\/s\/[^/]+$/);
    const path = new URL(lan.page.url()).pathname;
    await synced(lan.page);
    const text = await textOf(lan.page);
    expect(text).toContain(
      'Statement by the delegation of Viet Nam at the Security Council high-level open debate on “Enhancing cooperation',
    );
    expect(text).toContain('New York, 19 April 2021');
    expect(text).toContain('Madam President,');
    expect(text).toContain('I thank you.');
    const sections = lan.page.locator('.statement-body .point-empty');
    await expect.poll(() => sections.count(), WAIT).toBe(5);
    expect(await sections.first().getAttribute('data-point-placeholder')).toMatch(
      /^12\(a\) — New challenges to promoting/,
    );

    // The coverage map: nothing addressed yet.
    await lan.page.keyboard.press('Control+Shift+L');
    const map = coverageMapOf(lan.page);
    await expect
      .poll(() => map.locator('.coverage-map__summary').innerText(), WAIT)
      .toBe('0 of 5 points addressed');
    const before = await meterText(lan.page);
    expect(before).toMatch(/ of 5 min$/);

    // A new, untagged paragraph after the opening: Plenary suggests 12(e); one click tags it.
    await caretAtEndOf(lan.page, OPENING_END);
    await lan.page.keyboard.press('Enter');
    await lan.page.keyboard.type(EARLY_WARNING);
    const suggestion = map.locator('.coverage-suggestion').filter({ hasText: 'Early warning' });
    await expect.poll(() => suggestion.locator('.point-chip').innerText(), WAIT).toBe('12(e)');
    await suggestion.getByRole('button', { name: /^Tag 12\(e\)/ }).click();
    await expect
      .poll(() => coverageRow(lan.page, '12(e)').getAttribute('data-addressed'), WAIT)
      .toBe('true');
    await expect
      .poll(() => coverageRow(lan.page, '12(e)').locator('.coverage-point__spent').innerText())
      .toBe('1 paragraph · 42 words · 21 s');
    await expect.poll(() => marginChipsBeside(lan.page, 'Early warning'), WAIT).toEqual(['12(e)']);
    expect(await map.locator('.coverage-map__summary').innerText()).toBe('1 of 5 points addressed');
    await expect.poll(() => meterText(lan.page), WAIT).not.toBe(before);

    // The point menu from the keyboard: the paragraph also makes a recommendation, 12(d).
    await caretAtEndOf(lan.page, 'Early warning');
    await lan.page.keyboard.press('Control+Alt+T');
    const menu = lan.page.getByRole('menu', { name: /^Discussion points of paragraph/ });
    await expect
      .poll(() => lan.page.evaluate(() => document.activeElement?.textContent ?? ''), WAIT)
      .toContain('12(e)');
    await lan.page.keyboard.press('ArrowUp');
    await lan.page.keyboard.press('Space');
    await expect
      .poll(() =>
        menu.getByRole('menuitemcheckbox', { name: /^12\(d\)/ }).getAttribute('aria-checked'),
      )
      .toBe('true');
    await lan.page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    await expect
      .poll(() => marginChipsBeside(lan.page, 'Early warning'), WAIT)
      .toEqual(['12(d)', '12(e)']);
    await expect
      .poll(() => editorOf(lan.page).evaluate((e) => e === document.activeElement))
      .toBe(true);

    // A colleague goes to the empty 12(b) section from the map and writes there.
    const duc = await suite.join(team.people['Tran Minh Duc']!, path);
    await duc.page.getByRole('button', { name: 'Points and library' }).click();
    await coverageRow(duc.page, '12(b)')
      .getByRole('button', { name: /^Go to its empty section/ })
      .click();
    await duc.page.keyboard.type(DIALOGUE);
    const row12b = coverageRow(lan.page, '12(b)');
    await expect.poll(() => row12b.getAttribute('data-addressed'), WAIT).toBe('true');
    await expect
      .poll(() => row12b.locator('.writer-badges').innerText(), WAIT)
      .toContain('Tran Minh Duc writing');
    await synced(duc.page);

    // The delegation's speaking rate, from the meter's details.
    const words = await meterText(lan.page);
    await lan.page.locator('.time-meter__button').click();
    const details = lan.page.getByRole('dialog', { name: 'Speaking time' });
    await details.getByLabel('Speaking rate').fill('100');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByText('Saved for the delegation.').waitFor();
    await expect.poll(() => meterText(lan.page), WAIT).not.toBe(words);
    await lan.page.keyboard.press('Escape');
    await expect.poll(() => details.count()).toBe(0);

    // For the user guide: the whole template on one screen, the map from its top.
    await caretAtEndOf(lan.page, 'Early warning');
    await lan.page.setViewportSize({ width: 1280, height: 1200 });
    await lan.page.evaluate(() => {
      window.scrollTo(0, 0);
      document.getElementById('statement-side-panel')?.scrollTo(0, 0);
    });
    await lan.page.screenshot({ path: `${DOC_IMAGES}drafting-coverage.png` });
  });

  it('shows tags, coverage and time to a reviewer, who cannot tag, and names unknown points', async () => {
    // A one-minute slot and a slow speaker: the statement runs over.
    const team = await sample000(1);
    const drafter = team.people['Nguyen Thi Lan']!;
    await drafter.client.expect(200, 'PATCH', `/api/delegations/${team.delegationId}`, {
      wordsPerMinute: 60,
    });
    const statement = await fromTemplate(team);
    // A tag from an older version of the note, written by another client.
    const writer = connectClient(suite.url, statement.id, { cookie: drafter.client.cookie });
    try {
      await waitSynced(writer);
      // Long enough to run over even without the header, which is not timed.
      writer.appendParagraph([DIALOGUE, DIALOGUE, DIALOGUE, DIALOGUE].join(' '));
      const fragment = writer.doc.getXmlFragment('content');
      (fragment.get(fragment.length - 1) as Y.XmlElement).setAttribute('points', [
        '12(f)',
      ] as unknown as string);

      const minh = await suite.join(team.people['Le Van Minh']!, `/s/${statement.id}`);
      await minh.page.getByRole('button', { name: 'Points and library' }).click();
      await expect
        .poll(() => marginChipsBeside(minh.page, 'Confidence-building'), WAIT)
        .toEqual(['12(f)']);
      expect(await minh.page.locator('.margin-tags__unknown').innerText()).toBe('unknown point');
      const map = coverageMapOf(minh.page);
      await expect
        .poll(() => map.locator('.coverage-unknown').innerText(), WAIT)
        .toContain('12(f)');
      expect(await map.locator('.coverage-map__summary').innerText()).toBe(
        '0 of 5 points addressed',
      );
      // Time and suggestions are there to read; nothing offers to change the tags or the rate.
      expect(await meterText(minh.page)).toBe('1 min 16 s · 16 s over');
      await minh.page.locator('.time-meter__button').click();
      const details = minh.page.getByRole('dialog', { name: 'Speaking time' });
      expect(await details.locator('.time-details__balance').innerText()).toBe(
        'Over the 1-minute limit by 16 s (16 words). Shorten the longest sections first.',
      );
      expect(await details.locator('.time-details__longest li').count()).toBeGreaterThan(0);
      expect(await details.getByText('Timed at 60 words a minute').count()).toBe(1);
      expect(await details.getByRole('button', { name: 'Save' }).count()).toBe(0);
      await minh.page.keyboard.press('Escape');
      await expect
        .poll(() => map.locator('.coverage-suggestion .point-chip').allInnerTexts())
        .toEqual(['12(c)']);
      expect(await map.getByRole('button', { name: /^Tag / }).count()).toBe(0);
      expect(await minh.page.locator('.margin-tags--button').count()).toBe(0);
      await minh.page.keyboard.press('Control+Alt+T');
      expect(await minh.page.getByRole('menu').count()).toBe(0);
    } finally {
      writer.destroy();
    }
  });

  it('times only what is spoken: a paragraph marked written-only leaves the meter, not the text', async () => {
    const team = await sample000();
    const drafter = team.people['Nguyen Thi Lan']!;
    const statement = await fromTemplate(team);
    const lan = await suite.signedIn(drafter, `/s/${statement.id}`);
    await synced(lan.page);
    await caretAtEndOf(lan.page, OPENING_END);
    await lan.page.keyboard.press('Enter');
    await lan.page.keyboard.type(DIALOGUE);
    await synced(lan.page);

    // The header above "Mr. President," is not read out: the meter and the full text differ.
    const meter = lan.page.locator('.time-meter');
    const spokenWords = async () => {
      await lan.page.locator('.time-meter__button').click();
      const details = lan.page.getByRole('dialog', { name: 'Speaking time' });
      // The details load when first opened.
      const rows = details.locator('.time-details__lengths dd');
      await expect.poll(() => rows.count(), WAIT).toBe(2);
      const lengths = await rows.allInnerTexts();
      const hint = await details.getByText(/^Not timed:/).innerText();
      await lan.page.locator('.time-meter__button').click();
      await expect.poll(() => details.count()).toBe(0);
      const words = lengths.map((length) => Number(/(\d+) words/.exec(length)?.[1]));
      return { spoken: words[0]!, written: words[1]!, hint };
    };
    const before = await spokenWords();
    expect(before.written).toBeGreaterThan(before.spoken);
    expect(before.hint).toContain('header lines (3)');
    expect(await meter.locator('.time-meter__written').innerText()).toMatch(/ written$/);

    // Ctrl+Alt+W marks the paragraph with the caret written-only: shown, kept, not timed.
    await caretAtEndOf(lan.page, DIALOGUE);
    await lan.page.keyboard.press('Control+Alt+W');
    const marked = lan.page.locator('.statement-body p[data-written="true"]');
    await expect.poll(() => marked.innerText(), WAIT).toBe(DIALOGUE);
    const button = lan.page.getByRole('button', { name: 'Written only (not spoken)' });
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const after = await spokenWords();
    expect(after.written).toBe(before.written);
    expect(before.spoken - after.spoken).toBe(16);
    expect(after.hint).toContain('written-only paragraphs (1)');
    await lan.page.screenshot({ path: `${DOC_IMAGES}written-only.png` });

    // A colleague's view agrees; the toolbar button makes it spoken again.
    const duc = await suite.join(team.people['Tran Minh Duc']!, `/s/${statement.id}`);
    await expect.poll(() => duc.page.locator('p[data-written="true"]').count(), WAIT).toBe(1);
    await button.click();
    await expect.poll(() => marked.count(), WAIT).toBe(0);
    expect((await spokenWords()).spoken).toBe(before.spoken);
    await expect.poll(() => duc.page.locator('p[data-written="true"]').count(), WAIT).toBe(0);
  });
});
