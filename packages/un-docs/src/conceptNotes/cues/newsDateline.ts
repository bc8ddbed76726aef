import type { FoundDate } from '../../dates/findDates.js';

// Where a news item's or a press release's own date stands (its dateline), that date dates the
// item, not the meeting (findMeeting.ts); cues/datelineDash.ts reads the sentence after it.

// A news item's dateline ("New York, 3 February 2027 – The Mission will host …") dates the
// item, not the meeting. Round 15b: a press release puts the date in brackets after the city,
// "GENEVA (2 March 2027) – …", "NEW YORK (October 10, 2012)– …". Round 27b: the agency that
// issues it may follow in brackets ("NEW YORK, 9 April (Department of Global Communications) —").
// Round ruar: an Arabic one's comma is `،` (`نيويورك، ١ أكتوبر (وكالة الأنباء) - …`); a Russian
// agency's stands after the date between slashes (`НЬЮ-ЙОРК, 1 октября. /ТАСС/. …`).
const DATELINE_BEFORE = /^[\p{L} .,،'’-]{0,40}\(?$/u;
// Round zh: a Chinese agency's ends on `电` (`新华社联合国2027年9月15日电 …`).
// Round h13t: a wire service's dash may be typed as two hyphens ("NEW YORK, 18th September, 2023
// (WAM) -- The 78th session …").
const DASH = String.raw`(?:[–—-]|--)`;
const DATELINE_AFTER = new RegExp(
  String.raw`^\)?\s*(?:\([^()]{2,80}\)\s*)?${DASH}\s|^\.\s*\/[^/]{2,40}\/\.?\s|^电(?:\s|（|\(|$)`,
  'u',
);

/** Whether the date `found` of `sentence` is its dateline's: the item's day, not the meeting's. */
export function isDateline(sentence: string, found: FoundDate): boolean {
  return (
    DATELINE_BEFORE.test(sentence.slice(0, found.index)) &&
    DATELINE_AFTER.test(sentence.slice(found.end))
  );
}

// "NEW YORK, 3 May 2027 — ": a city in capitals, a comma, the date and a dash. Round 31f: or
// in small letters ("New York, 20 June 2022 – As …, the Segment will convene this week"), the
// meeting's day then sought in another sentence ("which takes place between 21-23 June").
const CAPITALS_DATELINE = /^\p{Lu}[\p{L} .'’-]{1,30},\s*$/u;
// Round h13t: the agency in brackets may stand between the date and the dash, which two hyphens
// may type ("NEW YORK, 18th September, 2023 (WAM) -- The 78th session … will feature the
// High-Level General Debate from 19th September to 26th September").
const ARABIC_CITY = /^[\p{Script=Arabic} -]{2,30}،\s*$/u;
const CAPITALS_AFTER = new RegExp(String.raw`^\s*(?:\([^()]{2,80}\)\s*)?(?:[–—]|--)\s`, 'u');

// Round 33: so does a press release's dateline in brackets ("GINEBRA (21 de febrero de 2019) –
// El Consejo … celebrará su cuadragésimo período de sesiones del 25 de febrero al 22 de marzo",
// "GENEVA (14 June 2028) – The Council will hold …"): the days it announces without their year
// take the dateline's.
export function opensOnDateline(sentence: string, date: FoundDate | undefined): boolean {
  if (date === undefined) return false;
  if (/\($/u.test(sentence.slice(0, date.index).trimEnd()) && isDateline(sentence, date))
    return true;
  // Round zh: and a Chinese agency's (`新华社北京2027年2月1日电 …`).
  if (/^电/u.test(sentence.slice(date.end)) && isDateline(sentence, date)) return true;
  return (
    (CAPITALS_DATELINE.test(sentence.slice(0, date.index)) &&
      CAPITALS_AFTER.test(sentence.slice(date.end))) ||
    // Round h13t: Arabic has no capitals; its city and `،` open the sentence (round ruar's
    // dateline), the agency in brackets and a dash after the date.
    (ARABIC_CITY.test(sentence.slice(0, date.index)) && isDateline(sentence, date))
  );
}
