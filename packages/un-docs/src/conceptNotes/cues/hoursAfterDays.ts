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
