import { findDates } from '../dates/findDates.js';
import { WEEKDAY_NAME } from '../dates/weekdayNames.js';
import { isDateline } from './cues/newsDateline.js';
import type { NoteSentence } from './NoteText.js';

// Lines that only date: a note's date line near its top, a page's posting stamp, a news item's
// dateline. findMeeting reads the meeting's day from them when no sentence gives it.

/** A date a line gives the meeting, with how much findMeeting trusts it. */
export interface LineDate {
  sentence: NoteSentence;
  date: string;
  score: number;
}

// What is left of a line once its dates, weekdays, marks and a bracketed word are taken out:
// a line that is little else than a date ("9 March 2027", "- 📅 2027-11-18 (Thursday)") is
// the meeting's date line when it stands near the top of the note.
const WEEKDAY_ALL = new RegExp(String.raw`\b${WEEKDAY_NAME}\b`, 'giu');
// Round 15a: a page's posting timestamp ("2018-08-29 05:56:27") is a date line: its clock,
// given to the second, says when the page was posted, not when the meeting starts.
const TIMESTAMP = /(?<![\d:])\d{1,2}:\d{2}:\d{2}(?![\d:])/gu;
export function isDateLine(block: string): boolean {
  const dates = findDates(block);
  if (dates.length === 0 || block.length > 80) return false;
  let rest = block;
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.index) + rest.slice(date.end);
  rest = rest
    .replace(WEEKDAY_ALL, '')
    .replace(TIMESTAMP, '')
    .replace(/\([^)]*\)|[^\p{L}\d]+/gu, '');
  return rest.length <= 2;
}

// Round 36h: a date line with the hour it was posted at ("2 septiembre 2022 - 00:01 h").
const CLOCK = /(?<![\d:])\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*h(?![\p{L}]))?/gu;
export function isStampLine(block: string): boolean {
  return isDateLine(block.replace(CLOCK, ''));
}

const SALUTATION =
  /^(?:excellenc(?:y|ies)|your excellency|dear|sir|madam|monsieur|madame|señor|señora|excelentísim|i have the honour|j['’]ai l['’]honneur|tengo el honor)/iu;

// An event page prints the place beside the date, after a bar: "4 May 2015 | New York City, US".
function beforePlace(block: string): string {
  return block.split(/\s+\|\s+/u)[0] ?? block;
}

/** Failing a sentence about the meeting, a line near the top that holds only a date (and its place). */
export function dateLine(
  blocks: readonly string[],
  sentences: readonly NoteSentence[],
): LineDate | null {
  const at = blocks.findIndex((block, index) => {
    if (index >= 12 || !isDateLine(beforePlace(block))) return false;
    const date = findDates(block)[0];
    if (date?.iso.length !== 10) return false;
    return !blocks.slice(index + 1, index + 4).some((next) => SALUTATION.test(next));
  });
  const sentence = sentences.find(({ block }) => block === at);
  const date = sentence ? findDates(sentence.text)[0] : undefined;
  return sentence && date ? { sentence, date: date.iso, score: 1.5 } : null;
}

/**
 * A page that dates itself by a dateline and names no other day ("7 Sep 2018 - The 2016 twin
 * resolutions …" under a Web TV title): the dateline is the meeting's day, at the lowest
 * confidence.
 */
export function datelineOnly(
  blocks: readonly string[],
  sentences: readonly NoteSentence[],
): LineDate | null {
  const days = new Set(sentences.flatMap(({ text }) => findDates(text)).map(({ iso }) => iso));
  if (days.size !== 1) return null;
  const at = blocks.findIndex((block, index) => {
    if (index >= 4) return false;
    const date = findDates(block)[0];
    return date?.iso.length === 10 && isDateline(block, date);
  });
  const sentence = sentences.find(({ block }) => block === at);
  const date = sentence ? findDates(sentence.text)[0] : undefined;
  return sentence && date ? { sentence, date: date.iso, score: 0.5 } : null;
}
