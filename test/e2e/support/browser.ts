// Browser helpers for the end-to-end suites: Debian's Chromium through playwright-core,
// one context per person, and readers for what the editor page shows.
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless; `extraArgs` e.g. map a LAN host name to loopback. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/**
 * How many updates the page's offline copy (y-indexeddb) of a statement holds. Used to
 * wait until typed text is on disk before a reload, instead of sleeping.
 */
export function storedUpdateCount(page: Page, statementId: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('updates').objectStore('updates').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
    `plenary:statement:${statementId}`,
  );
}

/** Names of the IndexedDB databases the page's origin holds. */
export function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}

export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors thrown in the page; a healthy run has none. */
  errors: Error[];
}

/** A fresh browser profile (own cookies and storage) with uncaught errors collected. */
export async function newPerson(
  browser: Browser,
  baseUrl: string,
  name: string,
  prepare?: (context: BrowserContext) => Promise<void>,
  /** E.g. a phone: `{ viewport, isMobile: true, hasTouch: true }`. */
  options: BrowserContextOptions = {},
): Promise<Person> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 860 },
    ...options,
  });
  await prepare?.(context);
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return { name, context, page, errors };
}

/** Signs in through the sign-in screen that any address shows to a signed-out browser. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

export const editorOf = (page: Page): Locator =>
  page.getByRole('textbox', { name: 'Statement text' });
export const badgeOf = (page: Page): Locator => page.locator('.connection-badge');

/**
 * The editor's text: blocks separated by a blank line, list items by a line break. Read
 * from the DOM structure rather than innerText, whose line breaks vary with the widgets
 * drawn for other people's carets.
 */
export function textOf(page: Page): Promise<string> {
  return editorOf(page).evaluate((editor) =>
    Array.from(editor.children, (block) =>
      block.matches('ul, ol')
        ? Array.from(block.children, (item) => item.textContent ?? '').join('\n')
        : (block.textContent ?? ''),
    ).join('\n\n'),
  );
}

/** The connection badge's state: its data attributes and visible words. */
export async function connectionOf(
  page: Page,
): Promise<{ status: string | null; unsynced: number; label: string }> {
  const badge = badgeOf(page);
  return {
    status: await badge.getAttribute('data-status'),
    unsynced: Number(await badge.getAttribute('data-unsynced')),
    label: (await badge.innerText()).trim(),
  };
}

/** Puts the caret at the very end of the statement and types there. */
export async function typeAtEnd(
  page: Page,
  text: string,
  { newParagraph = false } = {},
): Promise<void> {
  await editorOf(page).focus();
  await page.keyboard.press('Control+End');
  if (newParagraph) await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

/** Named carets of other people that this page currently shows. */
export function caretNames(page: Page): Promise<string[]> {
  return page
    .locator('.collaboration-carets__caret')
    .evaluateAll((carets) => carets.map((caret) => caret.getAttribute('data-user') ?? ''));
}

/** Selects the first occurrence of `word` in the text, as a double-click would. */
export async function selectWord(page: Page, word: string): Promise<void> {
  await editorOf(page).evaluate((editor, target) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(target) ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + target.length);
      (editor as HTMLElement).focus();
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${target}" is not in the text`);
  }, word);
  // ProseMirror reads the DOM selection on selectionchange.
  await page.waitForFunction((w) => window.getSelection()?.toString() === w, word);
}
