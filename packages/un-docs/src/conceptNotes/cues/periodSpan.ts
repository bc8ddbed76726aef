import { findDates, type FoundDate } from '../../dates/findDates.js';

// Round 32a: a span of days longer than two months ("the annual report covers its activities
// from 1 January to 31 December 2017", `du 1er janvier au 31 décembre 2026`, `entre el 1 de enero
// y el 31 de diciembre de 2026`) is a period a report or a session covers, not a meeting's days:
// it dates no meeting and, by the convention on dates without a year, lends no year to a day the
// text names without one. A meeting's own span (a session of a few weeks) stays dated.

const DAY_MS = 24 * 60 * 60 * 1000;
const LONGEST_MEETING_DAYS = 62;
const TO = /^\s*(?:to|until|till|through|[-–—]|au|jusqu['’]au|al|hasta\s+el|a)\s*$/iu;
const AND = /^\s*(?:and|et|y)\s+(?:the\s+|le\s+|el\s+)?$/iu;
const BETWEEN = /(?<![\p{L}])(?:between|entre)\s+(?:the\s+|le\s+|el\s+)?$/iu;

function joined(text: string, first: FoundDate, second: FoundDate): boolean {
  const between = text.slice(first.end, second.index);
  return TO.test(between) || (AND.test(between) && BETWEEN.test(text.slice(0, first.index)));
}

function spanDays(first: FoundDate, second: FoundDate): number {
  if (second.iso.length !== 10) return 0;
  const year = Number(second.iso.slice(0, 4));
  const start = first.iso.length === 10 ? first.iso : `${year}-${first.iso}`;
  const days = (Date.parse(second.iso) - Date.parse(start)) / DAY_MS;
  return days < 0 && first.iso.length !== 10 ? days + 365 : days;
}

/** The text with each span of days longer than a meeting's blanked out, its indices kept. */
export function withoutPeriodSpans(text: string): string {
  const dates = findDates(text);
  let rest = text;
  for (let index = 0; index + 1 < dates.length; index += 1) {
    const first = dates[index] as FoundDate;
    const second = dates[index + 1] as FoundDate;
    if (!joined(text, first, second) || spanDays(first, second) <= LONGEST_MEETING_DAYS) continue;
    rest =
      rest.slice(0, first.index) + ' '.repeat(second.end - first.index) + rest.slice(second.end);
  }
  return rest;
}
