// Readers and actions for comment threads in the editor page.
import type { Locator, Page } from 'playwright-core';

/** Selects a phrase of the statement as a mouse would (a DOM selection inside the text). */
export async function selectText(page: Page, phrase: string): Promise<void> {
  await page.locator('.statement-body').evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index === -1) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`“${wanted}” is not in one piece of the statement`);
  }, phrase);
}

/** The highlighted (commented) stretches of text, in document order. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page
    .locator('.statement-body .comment-highlight')
    .evaluateAll((spans) => spans.map((span) => span.textContent ?? ''));
}

export const commentsPanelOf = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'Comments' });

/** Thread cards in the panel, in the order shown. */
export const threadsOf = (page: Page): Locator => commentsPanelOf(page).locator('article.thread');

/** Each listed thread's comments as "Author: text" (a deleted one as "Comment deleted"). */
export function threadComments(thread: Locator): Promise<string[]> {
  return thread.locator('.comment').evaluateAll((items) =>
    items.map((item) => {
      if (item.classList.contains('comment--deleted')) return 'Comment deleted';
      const author = item.querySelector('.comment__author')?.textContent ?? '';
      return `${author}: ${item.querySelector('.comment__body')?.textContent ?? ''}`;
    }),
  );
}
