import { MONTH_NAMES, monthNumber } from './monthNames.js';

// Dates as UN documents write them ("19 April 2021", "Monday, 19 April 2021") and as
// other drafters do ("April 19, 2021"), returned as ISO dates with where they were found.

// Day first also covers French and Spanish: "19 avril 2021", "1er mai", "19 de abril de 2021",
// "1.º de marzo", "1º de abril".
const MONTH = String.raw`(${MONTH_NAMES})\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|re|\.?[º°ª])?`;
const YEAR = String.raw`((?:19|20)\d{2})`;
const DAY_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])${DAY}\s+(?:de\s+)?${MONTH}(?![\p{L}])(?:\s*,?\s*(?:de\s+)?${YEAR})?\b`,
  'giu',
);
const MONTH_FIRST = new RegExp(
  String.raw`(?<![\p{L}])${MONTH}(?![\p{L}])\s+${DAY}(?:\s*,\s*${YEAR})?\b`,
  'giu',
);

// "14 and 15 April 2027", "14–15 April", "du 14 au 15 avril": the range starts on the first day.
const RANGE_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d])${DAY}\s*(?:and|to|–|-|et|au|y|al)\s*\d{1,2}(?:st|nd|rd|th|er|re|\.?[º°ª])?\s+(?:de\s+)?${MONTH}(?![\p{L}])(?:\s*,?\s*(?:de\s+)?${YEAR})?\b`,
  'giu',
);

export interface FoundDate {
  /** "YYYY-MM-DD", or "MM-DD" when the text gives no year. */
  iso: string;
  index: number;
  end: number;
}

function toIso(day: string, month: string, year: string | undefined): string | null {
  const dayNumber = Number(day);
  const monthIndex = monthNumber(month);
  if (dayNumber < 1 || dayNumber > 31 || monthIndex < 1) return null;
  const monthDay = `${String(monthIndex).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
  return year ? `${year}-${monthDay}` : monthDay;
}

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(RANGE_FIRST)) {
    const iso = toIso(match[1] ?? '', match[2] ?? '', match[3]);
    if (iso) found.push({ iso, index: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(DAY_FIRST)) {
    if (found.some((date) => match.index < date.end && date.index < match.index + match[0].length))
      continue;
    const iso = toIso(match[1] ?? '', match[2] ?? '', match[3]);
    if (iso) found.push({ iso, index: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(MONTH_FIRST)) {
    const overlaps = found.some(
      (date) => match.index < date.end && date.index < match.index + match[0].length,
    );
    const iso = toIso(match[2] ?? '', match[1] ?? '', match[3]);
    if (iso && !overlaps)
      found.push({ iso, index: match.index, end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Completes a "MM-DD" date with the year of a reference date. */
export function withYear(iso: string, reference: string | null): string | null {
  if (iso.length === 10) return iso;
  return reference ? `${reference.slice(0, 4)}-${iso}` : null;
}
