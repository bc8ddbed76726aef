// Readers and actions for comment threads in the editor page.
import type { Locator, Page } from 'playwright-core';

/**
 * Selects a phrase of the statement as a mouse would: a DOM selection over the text, which
 * highlights and colleagues' carets may have cut into several nodes.
 */
export async function selectText(page: Page, phrase: string): Promise<void> {
  await page.locator('.statement-body').evaluate((root, wanted) => {
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.collaboration-carets__caret')) continue;
      nodes.push({ node: node as Text, start: text.length });
      text += node.textContent ?? '';
    }
    const from = text.indexOf(wanted);
    if (from === -1) throw new Error(`“${wanted}” is not in the statement`);
    const at = (offset: number, end: boolean) => {
      const found = nodes.findLast(({ node, start }) =>
        end ? start < offset && offset <= start + node.length : start <= offset,
      );
      if (!found) throw new Error(`no text at ${offset}`);
      return [found.node, offset - found.start] as const;
    };
    const range = document.createRange();
    range.setStart(...at(from, false));
    range.setEnd(...at(from + wanted.length, true));
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
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
