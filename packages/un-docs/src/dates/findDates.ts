import { westernDigits } from './westernDigits.js';
import { MONTH_NAMES, monthNumber } from './monthNames.js';
import { WEEKDAY_NAME } from './weekdayNames.js';
import { twoDigits } from './twoDigits.js';

// A small grammar of dates, whatever the sentence around them says: an optional weekday, a
// day (ordinal or not, "the 3rd of March", "1er mars", "1.º de marzo"), a month name or
// abbreviation in the UN languages (with or without its full stop), an optional year;
// month first ("April 19, 2021", "Oct. 14th"); ranges ("14–15 May", "du 14 au 15 avril",
// "May 14–15, 2027"), which start on their first day; numeric dates day first as the UN
// writes them ("09/03/2027", "9.3.2027"; month first only when the day cannot be a month,
// "03/29/2027"), ISO dates ("2027-03-09") and Chinese ones ("2027年3月9日"). Returned as ISO
// dates with where they were found; a date without its year is "MM-DD".

const MONTH = String.raw`(${MONTH_NAMES})\.?`;
const ORDINAL = String.raw`(?:st|nd|rd|th|er|re|e|ème|\.?[º°ª]|-?го)?`;
const DAY = String.raw`(\d{1,2})${ORDINAL}`;
const YEAR = String.raw`((?:19|20)\d{2})`;
// "3rd of March", "19 de abril", "2 del mes de mayo" are rare; "of", "de" and "del" are not.
const LINK = String.raw`(?:\s+(?:of|de|del))?\s*`;
const YEAR_TAIL = String.raw`(?:\s*,?\s*(?:de\s+|del\s+)?${YEAR}(?:\s*(?:г\.|года|год))?)?`;
const TO = String.raw`\s*(?:and|to|through|–|—|-|et|au|y|al|a|à)\s*`;

// Round w36bt: the second day of a range may carry its weekday ("Mon 15 – Tue 16 Nov 2027",
// `du lundi 15 au mardi 16 novembre`), as a wiki's or an events page's short form prints it.
const WEEKDAY = String.raw`(?:${WEEKDAY_NAME}|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+`;
const DAY_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d/.])${DAY}(?:${TO}(?:${WEEKDAY})?\d{1,2}${ORDINAL})?${LINK}${MONTH}(?![\p{L}])${YEAR_TAIL}(?!\d)`,
  'giu',
);
// Round w36bt: and each day its own month ("20 Feb - 21 Feb 2014", "30 December – 2 January
// 2015"): the range starts on its first day, in the year it ends in, or the year before when it
// runs into a new year. Days joined by "and" (`et`, `y`) are two dates, not a range.
const RANGE_TO = String.raw`\s*(?:to|through|–|—|-|au|al|a|à)\s*`;
const MONTHS_RANGE = new RegExp(
  String.raw`(?<![\p{L}\d/.])${DAY}${LINK}${MONTH}(?![\p{L}])${RANGE_TO}(?:${WEEKDAY})?(\d{1,2})${ORDINAL}${LINK}${MONTH}(?![\p{L}])${YEAR_TAIL}(?!\d)`,
  'giu',
);
const MONTH_FIRST = new RegExp(
  String.raw`(?<![\p{L}])${MONTH}(?![\p{L}])(?:\s+|(?<=\.))${DAY}(?![\d:]|\s*(?:h|[ap]\.?m)\b)(?:${TO}\d{1,2}${ORDINAL}(?!\d))?(?:\s*,?\s*${YEAR})?(?!\d)`,
  'giu',
);
const NUMERIC =
  /(?<![\d./:-])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2}|\d{2}(?=[^\d./]|$))(?![\d./]\d)/gu;
// Session 26 (round t41a): a byline's numeric date with dashes, day first ("por | 24-06-2019",
// `Publié le 03-05-2027`), as with slashes; only with a four-digit year, since "12-14-16" may be a
// range or a reference.
const NUMERIC_DASHED = /(?<![\d./:-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?![\d./-])/gu;
const ISO = /(?<![\d/-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d])/gu;
// Round zh: also without its year (`将于2月18日举行`), as news items date a meeting of the month.
const CHINESE = /(?:((?:19|20)\d{2})\s*年\s*|(?<![\d年]))(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
// Round 15b: a blog's date block run together, month, day and year ("Aug242014", as a
// Squarespace post prints "Aug / 24 / 2014"): a capitalized English abbreviation, whole.
const SQUASHED =
  /(?<![\p{L}\d])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(\d{1,2})((?:19|20)\d{2})(?![\p{L}\d])/gu;

export interface FoundDate {
  /** "YYYY-MM-DD", or "MM-DD" when the text gives no year. */
  iso: string;
  index: number;
  end: number;
}

function toIso(day: number, month: number, year: string | undefined): string | null {
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const fullYear = year && year.length === 2 ? `20${year}` : year;
  return fullYear
    ? `${fullYear}-${twoDigits(month)}-${twoDigits(day)}`
    : `${twoDigits(month)}-${twoDigits(day)}`;
}

/** Day and month of a numeric date: day first, unless only the second can be a day. */
function numericDayMonth(first: number, second: number): [number, number] {
  return second > 12 && first <= 12 ? [second, first] : [first, second];
}

type ReadMatch = (match: RegExpExecArray) => string | null;

/**
 * Each pattern in turn, a match kept when it overlaps no date an earlier pattern kept. A
 * pattern's matches come in order and never overlap each other, so the kept dates, sorted,
 * are walked once per pattern: checking every kept date for every match made a sentence of
 * 30,000 dates cost time in the square of their number.
 */
function keepFirstFound(text: string, passes: readonly [RegExp, ReadMatch][]): FoundDate[] {
  let found: FoundDate[] = [];
  for (const [pattern, read] of passes) {
    const added: FoundDate[] = [];
    let next = 0;
    for (const match of text.matchAll(pattern)) {
      const index = match.index;
      const end = index + match[0].length;
      while (next < found.length && (found[next]?.end ?? 0) <= index) next += 1;
      const iso = read(match);
      if (iso && !((found[next]?.index ?? end) < end)) added.push({ iso, index, end });
    }
    if (added.length > 0)
      found = found.length === 0 ? added : [...found, ...added].sort((a, b) => a.index - b.index);
  }
  return found;
}

// A meeting runs a few days, a session a few weeks; a longer span ("from 1 January to 31 December
// 2026") is a period a report covers, whose days stay two dates, as before.
const LONGEST_MEETING_DAYS = 42;
const DAY_MS = 86_400_000;

/** The first day of a range whose days each name their month, in the year the range ends in. */
function rangeStart(match: RegExpExecArray): string | null {
  const [day, endDay] = [Number(match[1]), Number(match[3])];
  const [month, endMonth] = [monthNumber(match[2] ?? ''), monthNumber(match[4] ?? '')];
  const crossesYear = month > endMonth;
  const span =
    (Date.UTC(crossesYear ? 2002 : 2001, endMonth - 1, endDay) - Date.UTC(2001, month - 1, day)) /
    DAY_MS;
  if (span < 1 || span > LONGEST_MEETING_DAYS) return null;
  const year = match[5] && crossesYear ? String(Number(match[5]) - 1) : match[5];
  return toIso(day, month, year);
}

export function findDates(printed: string): FoundDate[] {
  const text = westernDigits(printed);
  return keepFirstFound(text, [
    [ISO, (match) => toIso(Number(match[3]), Number(match[2]), match[1])],
    [CHINESE, (match) => toIso(Number(match[3]), Number(match[2]), match[1])],
    [SQUASHED, (match) => toIso(Number(match[2]), monthNumber(match[1] ?? ''), match[3])],
    [MONTHS_RANGE, (match) => rangeStart(match)],
    [DAY_FIRST, (match) => toIso(Number(match[1]), monthNumber(match[2] ?? ''), match[3])],
    [MONTH_FIRST, (match) => toIso(Number(match[2]), monthNumber(match[1] ?? ''), match[3])],
    [
      NUMERIC,
      (match) => {
        const [day, month] = numericDayMonth(Number(match[1]), Number(match[3]));
        // "10.30.2027" is no date; "1.5.27" with a dot and a short year is a section number.
        if (match[2] === '.' && (match[4] ?? '').length === 2) return null;
        return toIso(day, month, match[4]);
      },
    ],
    [
      NUMERIC_DASHED,
      (match) => {
        const [day, month] = numericDayMonth(Number(match[1]), Number(match[2]));
        return toIso(day, month, match[3]);
      },
    ],
  ]);
}

/** Completes a "MM-DD" date with the year of a reference date. */
export function withYear(iso: string, reference: string | null): string | null {
  if (iso.length === 10) return iso;
  return reference ? `${reference.slice(0, 4)}-${iso}` : null;
}

/**
 * The year of a date the note gives without one ("Tuesday, 12 January"), from the note's
 * other full dates: the latest of them (a letter's date, a deadline; history comes earlier),
 * or the year after it when the day would fall more than two months before it (a December
 * letter announcing a January meeting). Null when the note has no full date.
 */
export function inferYear(monthDay: string, fullDates: readonly string[]): string | null {
  const latest = [...fullDates]
    .filter((iso) => iso.length === 10)
    .sort()
    .at(-1);
  if (!latest) return null;
  const year = Number(latest.slice(0, 4));
  const same = `${year}-${monthDay}`;
  const early = Date.parse(latest) - Date.parse(same) > 60 * DAY_MS;
  return early ? `${year + 1}-${monthDay}` : same;
}
