import { findDates } from '../../dates/findDates.js';
import { FUTURE, STARTS } from '../meetingWords.js';

// Round 36h (decided in session 15): a year in the meeting's own name dates it ("the 2023 HAS
// will take place from 21 to 23 June" → 2023-06-21; "HLPF 2027 will be held from 6 to 15 July"),
// when the text gives no other year for that meeting. The year must stand in the sentence's
// subject, before its verb.

// "the 2023 HAS", `la 2023 …` is rare; "HLPF 2027", "Segment 2023": the year right after an
// article or right after a capitalized name, not a date's year ("resolution 2250 of 9 December
// 2015") nor a time phrase ("In 2023, the Council will hold …", `depuis 2019`).
const NAME_YEAR =
  /(?:(?<![\p{L}])(?:[Tt]he|[Ii]ts|[Ll]a|[Ll]e|[Ee]l|[Ss]a|[Ss]u)\s+((?:19|20)\d{2})(?=\s+\p{Lu})|(?<=(?<![\p{L}])\p{Lu}[\p{L}-]*\s)((?:19|20)\d{2}))(?![\d/.-])/gu;

const TIME_PHRASE = /(?<![\p{L}])(?:in|since|by|until|for|from|en|depuis|dès|desde|hasta)\s+$/iu;

/** The year the subject of `sentence` names its meeting with, if any. */
export function yearInName(sentence: string): string | null {
  const verb = FUTURE.exec(sentence) ?? STARTS.exec(sentence);
  if (!verb) return null;
  // A quoted theme's year ("“Delivering the 2030 Agenda …”, the 2027 OAS will …") is the theme's.
  const unquoted = sentence
    .slice(0, verb.index)
    .replace(/[“«"][^”»"]*[”»"]/gu, (quote) => ' '.repeat(quote.length));
  const subject = findDates(unquoted).reduce(
    (text, { index, end }) => text.slice(0, index) + ' '.repeat(end - index) + text.slice(end),
    unquoted,
  );
  const years = [...subject.matchAll(NAME_YEAR)]
    .filter((match) => !TIME_PHRASE.test(subject.slice(0, match.index + match[0].length - 4)))
    .map((match) => match[1] ?? match[2] ?? '');
  return years.length === 1 ? (years[0] ?? null) : null;
}
