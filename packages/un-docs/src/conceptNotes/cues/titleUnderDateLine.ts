import { findDates } from '../../dates/findDates.js';
import type { Cue } from './Candidate.js';
import { themeLike } from './themeHeadingCues.js';
import { themed } from './themed.js';

// Round w38at: an event page that opens with its date and hours on a line of their own (“Event
// information” / “4 September 2020, 15:00-17:00” / “Reactions to the Consultation Process of the
// 2020 Treaty Body Review” / “Event” / an image's caption) prints its title on the line under
// them: that line is the theme, as a title line is, above a line after a label (“Event”), which
// here is page chrome. Only a date line with its hours that opens the page (under a short label
// at most), and only a line under it that reads as a title (three words or more, no sentence, no
// date, no field): a dateline or a headline's date stands over a headline, not a title.

/** A line that is only a date, perhaps with its hours ("18 March 2027, 10:00-12:00"). */
function dateLine(text: string): boolean {
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const { index, end } of [...dates].reverse()) rest = rest.slice(0, index) + rest.slice(end);
  return /^[\s\d,:.()–—-]*(?:(?:[ap]\.?\s?m\.?|h|hrs?|heures?|horas?)[\s\d,:.()–—-]*)*$/iu.test(
    rest,
  );
}

// Its hours say it is the event's ("15:00-17:00", "10 a.m."); a dateline or a page's date has none.
const HOURS = /\d{1,2}[:.h]\s?\d{2}|\d\s?[ap]\.?\s?m\b/iu;

/** The page opens with the date line, or with a label of three words at most above it. */
function opensPage(layout: readonly { text: string }[], at: number): boolean {
  if (at === 0) return true;
  const label = layout[0]?.text.trim() ?? '';
  return at === 1 && label.split(/\s+/u).length <= 3 && /^[\p{L}\s]+$/u.test(label);
}

export const titleUnderDateLine: Cue<string> = ({ layout, titleBlocks }) => {
  const at = titleBlocks.find((index) => dateLine(layout[index]?.text ?? ''));
  if (at === undefined || !titleBlocks.includes(at + 1)) return [];
  if (!HOURS.test(layout[at]?.text ?? '') || !opensPage(layout, at)) return [];
  const next = layout[at + 1];
  const text = next?.text.trim() ?? '';
  const title =
    next !== undefined &&
    /^\p{Lu}/u.test(text) &&
    !/[.:;!?]$/u.test(text) &&
    text.split(/\s+/u).length >= 3 &&
    themeLike(next);
  return title ? [themed(text, 0.6, text, 'titleUnderDateLine')] : [];
};
