// Set-up and readers for drafting against the discussion points: sample 000's concept note
// imported with the meeting's details, and what the coverage map and meter show.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ApiClient } from '../../support/http.js';
import { sampleBytes } from '../../support/samples.js';
import { WAIT } from './browserSuite.js';

interface NotePreview {
  fileName: string;
  format: string;
  text: string;
  note: {
    symbol: string | null;
    theme: string | null;
    body: string | null;
    meetingDate: string | null;
    presidency: string | null;
    format: string | null;
    objectives: { label: string; text: string }[];
    discussionPoints: { label: string; text: string }[];
  };
}

/**
 * Imports sample 000 (the April 2021 open debate on regional organizations) with its
 * meeting details, as an organizer confirming the review form would. The note sets no
 * speaking limit, so the organizer adds one.
 */
export async function importSample000(
  organizer: ApiClient,
  debateId: string,
  speakingLimitMinutes: number,
): Promise<NotePreview['note']> {
  const { status, body } = await organizer.upload<{ preview: NotePreview }>(
    `/api/debates/${debateId}/concept-note/preview`,
    sampleBytes('conceptNote'),
    'S-2021-364 concept note.txt',
  );
  if (status !== 200) throw new Error(`concept-note preview answered ${status}`);
  const { fileName, format, text, note } = body.preview;
  await organizer.expect(200, 'POST', `/api/debates/${debateId}/concept-note`, {
    fileName,
    format,
    text,
    symbol: note.symbol,
    fields: {
      theme: note.theme ?? 'Open debate',
      body: note.body,
      meetingDate: note.meetingDate,
      presidency: note.presidency,
      format: note.format,
      speakingLimitMinutes,
    },
    objectives: note.objectives,
    discussionPoints: note.discussionPoints,
  });
  return note;
}

export const coverageMapOf = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'Points and library' }).locator('.coverage-map');

/** One discussion point's row in the coverage map. */
export const coverageRow = (page: Page, label: string): Locator =>
  coverageMapOf(page).locator(`.coverage-point[data-point="${label}"]`);

/** What the speaking-time meter in the statement's bar says. */
export const meterText = (page: Page): Promise<string> =>
  page.locator('.time-meter__text').innerText();

/** Text of the paragraph the editor has the caret in, as its margin marks it. */
export function caretParagraph(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const row = document.querySelector('.drafting-margin__row[data-caret]');
    if (!row) return null;
    const top = row.getBoundingClientRect().top;
    const paragraph = Array.from(document.querySelectorAll('.statement-body p')).find(
      (p) => Math.abs(p.getBoundingClientRect().top - top) < 2,
    );
    return paragraph?.textContent ?? null;
  });
}

/** The chips in the left margin beside the paragraph that contains `phrase`. */
export function marginChipsBeside(page: Page, phrase: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    const paragraph = Array.from(document.querySelectorAll('.statement-body p')).find((p) =>
      p.textContent?.includes(wanted),
    );
    if (!paragraph) return [];
    const top = paragraph.getBoundingClientRect().top;
    return Array.from(document.querySelectorAll('.drafting-margin__row'))
      .filter((row) => Math.abs(row.getBoundingClientRect().top - top) < 2)
      .flatMap((row) =>
        Array.from(row.querySelectorAll('.point-chip'), (c) => c.textContent ?? ''),
      );
  }, phrase);
}

/**
 * Puts the caret at the end of the paragraph holding `phrase` by clicking after its last
 * character. The text gets focus first: on focus ProseMirror may put back its own caret a
 * moment later, which could undo a click that both focuses and places the caret.
 */
export async function caretAtEndOf(page: Page, phrase: string): Promise<void> {
  await page.locator('.statement-body').focus();
  const point = await page.locator('.statement-body').evaluate((root, wanted) => {
    const paragraph = Array.from(root.querySelectorAll('p')).find((p) =>
      p.textContent?.includes(wanted),
    );
    if (!paragraph) throw new Error(`no paragraph holds “${wanted}”`);
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node as Text;
    if (!last?.length) throw new Error(`the paragraph with “${wanted}” has no text`);
    const range = document.createRange();
    range.setStart(last, last.length - 1);
    range.setEnd(last, last.length);
    const box = range.getBoundingClientRect();
    return { x: box.right, y: box.top + box.height / 2 };
  }, phrase);
  await page.mouse.click(point.x + 1, point.y);
  // Keys pressed before the editor has taken the click's caret would act where it was.
  await expect.poll(() => caretParagraph(page), WAIT).toContain(phrase);
  await page.keyboard.press('End');
}
