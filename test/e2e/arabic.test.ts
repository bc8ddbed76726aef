// An Arabic statement in the browser: two drafters of Egypt's delegation type in it at the
// same time, right to left, one paragraph mixing Arabic with a document symbol; a reviewer
// comments on an Arabic phrase. The screenshot illustrates the user guide's drafting chapter.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caretNames, editorOf, textOf } from './support/browser.js';
import { browserSuite, DOC_IMAGES, WAIT } from './support/browserSuite.js';
import { highlightedTexts, selectText, threadComments, threadsOf } from './support/comments.js';
import { makeDebate, makeTeam } from './support/world.js';

const FIRST =
  'تؤكد مصر أن التعاون بين الأمم المتحدة والمنظمات الإقليمية ركيزة أساسية لمنع النزاعات.';
const SECOND = 'ونرحب بتقرير الأمين العام S/2021/311 بشأن الإنذار المبكر في عام 2021.';
const PHRASE = 'الإنذار المبكر';

const OPENING = 'أشكر الرئاسة على عقد هذه الجلسة، وأشكر مقدمي الإحاطات على إحاطاتهم.';

/** Puts the caret at the start or end of the paragraph reading `text`. */
async function caretIn(page: Page, text: string, at: 'start' | 'end'): Promise<void> {
  // The paragraph may still be arriving from a colleague, and decorations (a colleague's
  // caret, highlights loaded later) may split its text: wait for it, then use its first or
  // last text node.
  await expect
    .poll(
      () =>
        editorOf(page).evaluate(
          (root, { text, at }) => {
            const paragraph = Array.from(root.querySelectorAll('p')).find(
              (p) => p.textContent === text,
            );
            if (!paragraph) return false;
            const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
            const nodes: Text[] = [];
            while (walker.nextNode()) nodes.push(walker.currentNode as Text);
            const node = at === 'start' ? nodes[0] : nodes[nodes.length - 1];
            if (!node) return false;
            const range = document.createRange();
            range.setStart(node, at === 'start' ? 0 : node.length);
            range.collapse(true);
            const selection = window.getSelection();
            selection?.removeAllRanges();
            selection?.addRange(range);
            // The editor reads a moved selection on the next `selectionchange`, which the browser
            // fires later: a colleague's change arriving first would put back the editor's own
            // selection (the document's start) and the typing would land there. Tell it now.
            document.dispatchEvent(new Event('selectionchange'));
            return selection?.anchorNode === node;
          },
          { text, at },
        ),
      { ...WAIT, message: `no paragraph “${text}”` },
    )
    .toBe(true)
    .catch(async (error: unknown) => {
      // Say what the page holds instead, so a failure tells a lost keystroke from a late one.
      const paragraphs = await editorOf(page).evaluate((root) =>
        Array.from(root.querySelectorAll('p'), (p) => p.textContent),
      );
      throw new Error(`${String(error)}; the paragraphs: ${JSON.stringify(paragraphs)}`);
    });
}

/** Types a new paragraph after the paragraph reading `after`, as a drafter would. */
async function typeParagraphAfter(page: Page, after: string, text: string): Promise<void> {
  await editorOf(page).focus();
  await caretIn(page, after, 'end');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

/** Screenshots go to test-results/ unless the user guide's images are being refreshed. */
const IMAGES =
  process.env.UPDATE_DOCS_IMAGES === '1'
    ? DOC_IMAGES
    : fileURLToPath(new URL('../../test-results/', import.meta.url));

describe('an Arabic statement in the browser', () => {
  const suite = browserSuite();

  it('two drafters type right to left, a reviewer comments on an Arabic phrase', async () => {
    const admin = await suite.admin();
    const debate = await makeDebate(
      admin,
      'Cooperation between the United Nations and regional organizations',
    );
    const team = await makeTeam(admin, debate, 'Egypt', {
      'Amal Haddad': 'drafter',
      'Karim Nasser': 'drafter',
      'Layla Mansour': 'reviewer',
    });
    await admin.expect(200, 'PATCH', `/api/delegations/${team.delegationId}`, { language: 'ar' });
    const amalAccount = team.people['Amal Haddad']!;

    // The statements page offers the delegation's usual language for a new statement.
    const amal = await suite.signedIn(amalAccount, '/');
    await expect
      .poll(() => amal.page.getByLabel('Language', { exact: true }).inputValue(), WAIT)
      .toBe('ar');
    await amal.page.getByLabel('New statement').fill('كلمة مصر — مناقشة مفتوحة');
    await amal.page.getByRole('button', { name: 'Create statement' }).click();
    await amal.page.waitForURL(/\/s\//, WAIT);
    const path = new URL(amal.page.url()).pathname;
    await expect.poll(() => textOf(amal.page), WAIT).toContain('السيد الرئيس،');

    const editor = editorOf(amal.page);
    expect(await editor.getAttribute('dir')).toBe('rtl');
    expect(await editor.getAttribute('lang')).toBe('ar-SA');

    const karim = await suite.join(team.people['Karim Nasser']!, path);
    await typeParagraphAfter(amal.page, OPENING, FIRST);
    await expect.poll(() => textOf(karim.page), WAIT).toContain(FIRST);
    await typeParagraphAfter(karim.page, FIRST, SECOND);
    for (const page of [amal.page, karim.page]) {
      await expect.poll(() => textOf(page), WAIT).toContain(FIRST);
      await expect.poll(() => textOf(page), WAIT).toContain(SECOND);
    }
    await expect.poll(() => caretNames(amal.page), WAIT).toContain('Karim Nasser');

    // Right to left: a short Arabic paragraph ends at the left and starts at the right edge,
    // and the Latin symbol inside the mixed paragraph still reads left to right.
    const layout = await editorOf(karim.page).evaluate((root, symbol) => {
      const paragraphs = Array.from(root.querySelectorAll('p'));
      const closing = paragraphs.find((p) => p.textContent === 'شكراً.');
      const mixed = paragraphs.find((p) => p.textContent?.includes(symbol));
      if (!closing || !mixed) throw new Error('paragraphs not found');
      const textBox = (node: Node, from: number, to: number) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        return range.getBoundingClientRect();
      };
      const closingText = closing.firstChild as Text;
      const line = textBox(closingText, 0, closingText.length);
      const box = closing.getBoundingClientRect();
      const walker = document.createTreeWalker(mixed, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode() as Text | null;
      while (node && !node.data.includes(symbol)) node = walker.nextNode() as Text | null;
      if (!node) throw new Error('symbol not found');
      const at = node.data.indexOf(symbol);
      return {
        gapRight: box.right - line.right,
        gapLeft: line.left - box.left,
        symbolStart: textBox(node, at, at + 1).left,
        symbolEnd: textBox(node, at + symbol.length - 1, at + symbol.length).left,
      };
    }, 'S/2021/311');
    expect(layout.gapRight).toBeLessThan(4);
    expect(layout.gapLeft).toBeGreaterThan(100);
    expect(layout.symbolStart).toBeLessThan(layout.symbolEnd);

    // A reviewer comments on an Arabic phrase; both drafters see it highlighted.
    const layla = await suite.join(team.people['Layla Mansour']!, path);
    await expect.poll(() => textOf(layla.page), WAIT).toContain(SECOND);
    await selectText(layla.page, PHRASE);
    await layla.page.getByRole('button', { name: 'Comment', exact: true }).click();
    const composer = layla.page.getByLabel('Comment on the selected text');
    await composer.pressSequentially('يرجى ذكر الفقرة من التقرير.');
    await composer.press('Control+Enter');
    await expect
      .poll(() => threadComments(threadsOf(layla.page).first()), WAIT)
      .toEqual(['Layla Mansour: يرجى ذكر الفقرة من التقرير.']);
    for (const page of [layla.page, amal.page]) {
      await expect.poll(() => highlightedTexts(page), WAIT).toEqual([PHRASE]);
    }

    // The anchor follows the phrase when text is typed before it, right to left.
    await editorOf(karim.page).focus();
    await caretIn(karim.page, FIRST, 'start');
    await karim.page.keyboard.type('أولاً، ');
    await expect.poll(() => textOf(amal.page), WAIT).toContain(`أولاً، ${FIRST}`);
    await expect.poll(() => highlightedTexts(amal.page), WAIT).toEqual([PHRASE]);

    await amal.page.screenshot({ path: join(IMAGES, 'drafting-rtl.png') });
  });
});
