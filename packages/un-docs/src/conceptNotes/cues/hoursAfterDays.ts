import { findDates } from '../../dates/findDates.js';
import type { NoteSentence } from '../NoteText.js';

// Round 29: hours printed right after the meeting's days, where the text gives those days no
// year and places them nowhere ("Tuesday 23 March and Wednesday, 24 March, 9.00 –11.00 a.m.",
// "Thursday, 8 October, 3 – 6 p.m., Room XX"): the days give no date (a date without a year takes
// its year from the text or not at all), but the hours still say when the meeting starts (a time
// stands without a day). Only a clock that follows the last day at once counts, so that another
// clock in the sentence (a deadline's, a reception's) does not.
const HOURS_NEXT =
  /^[\s,]*(?:(?:from|at|de|à|a\s+las|de\s+las)\s+)?\d{1,2}(?:[.:h]\d{2})?\s*(?:[–—-]|to\b|(?:a|à)\s+\d|a\.?\s?m\.?|p\.?\s?m\.?|h(?![\p{L}])|heures|horas)/iu;

/** A sentence whose days without a year are followed at once by the meeting's hours. */
export function hoursAfterDays(sentences: readonly NoteSentence[]): NoteSentence | null {
  return (
    sentences.find(({ text }) => {
      const last = findDates(text).at(-1);
      return last !== undefined && last.iso.length === 5 && HOURS_NEXT.test(text.slice(last.end));
    }) ?? null
  );
}

// Round 31e: or on a line of their own just under the day's line, with at most a place's line
// between ("Wednesday 6th of March" / "Restaurant des délégués, Palais des Nations" / "13.00 -
// 14.45"), as an invitation sets them out. The day's line is short and holds one day without a
// year; the hours' line is short and opens on them, or is the place's line ending on a range of
// hours the reflow ran onto it ("Delegates' Lounge, United Nations Headquarters 18.00 - 19.30").
const HOURS_LINE =
  /^\d{1,2}(?:[.:h]\d{2})?\s*(?:[–—-]|to\b|a\.?\s?m\.?|p\.?\s?m\.?|h(?![\p{L}])|hrs?(?![\p{L}]))/iu;
const HOURS_AT_END = /(?<![\d.,:])\d{1,2}[.:h]\d{2}\s*[–—-]\s*\d{1,2}[.:h]\d{2}$/u;
const SHORT_LINE = 40;
const PLACE_AND_HOURS = 80;

/** The line of hours set under a day's line without a year. */
export function hoursUnderDay(sentences: readonly NoteSentence[]): NoteSentence | null {
  for (const day of sentences) {
    const found = findDates(day.text);
    if (found.length !== 1 || found[0]?.iso.length !== 5 || day.text.length > SHORT_LINE) continue;
    const hours = sentences.find(
      ({ block, text }) =>
        block > day.block &&
        block <= day.block + 2 &&
        ((text.length <= SHORT_LINE && HOURS_LINE.test(text.trim())) ||
          (text.length <= PLACE_AND_HOURS && HOURS_AT_END.test(text.trim()))),
    );
    if (hours) return hours;
  }
  return null;
}
