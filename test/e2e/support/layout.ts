// What a phone-sized screen shows: sideways overflow and whether an element is on screen.
import type { Page } from 'playwright-core';

/**
 * How far the page is wider than the screen (0 when nothing scrolls sideways), with the
 * elements that stick out, to say what to fix.
 */
export function overflow(page: Page): Promise<{ px: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return { px: document.documentElement.scrollWidth - width, culprits };
  });
}

/** Whether the element's box lies inside the viewport, horizontally and vertically. */
export async function onScreen(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.left >= -1 &&
        box.right <= window.innerWidth + 1 &&
        box.top >= -1 &&
        box.bottom <= window.innerHeight + 1
      );
    });
}
