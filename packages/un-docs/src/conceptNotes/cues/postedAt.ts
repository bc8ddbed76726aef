// Session 25 (round t40c): a news page opens on the day and hour it was posted ("01 июля 2024,
// 03:31", "1 октября 2016, 09:50"), a stamp line at the top, before its headline. Its hour is the
// page's, never the meeting's: the meeting's hour, if any, is sought in the text's sentences.
import { findDates } from '../../dates/findDates.js';
import { isStampLine, type LineDate } from '../dateLines.js';
import { MEETING_WORD } from '../meetingWords.js';
import type { NoteSentence } from '../NoteText.js';

// A meeting's hours are a range or start on the quarter hour ("13:15–14:30", "10:00"); a posting
// time is a single clock at any minute.
const CLOCK = /(?<![\d:])\d{1,2}[:.](\d{2})(?![\d])/gu;
const QUARTER = /^(?:00|15|30|45)$/u;

// Session 26 (round t41a): the stamp may follow the byline on its row ("Sumaira FH 1 hour ago Mon
// 17th May 2021 | 08:48 PM", "By Jane Doe | Published 3 May 2027, 14:07", `Por Ana Ruiz - 3 de mayo
// de 2027 - 14:07`): a few words with no sentence's punctuation before the date, the clock after it.
// Not a sentence placing something on the day ("The meeting will be held on 3 May 2027 at 14:07").
const PLACES_DAY =
  /(?<![\p{L}])(?:on|at|from|for|until|le|du|au|el|del|desde|hasta)\s+(?:\p{L}+,?\s+)?$/iu;
const BYLINE_WORDS = 8;
const BYLINE_LONGEST = 100;

function withoutByline(block: string): string {
  const first = findDates(block)[0];
  if (first === undefined || first.index === 0 || block.length > BYLINE_LONGEST) return block;
  const before = block.slice(0, first.index);
  const words = before
    .trim()
    .split(/\s+/u)
    .filter((word) => /\p{L}/u.test(word));
  return words.length <= BYLINE_WORDS &&
    !/[.!?;:]\s|\d[:.]\d/u.test(before) &&
    !PLACES_DAY.test(before) &&
    !MEETING_WORD.test(before)
    ? block.slice(first.index)
    : block;
}

/** Whether `sentence` is a stamp line among the text's first lines, holding one clock off the quarter hour. */
export function postedAt(sentence: NoteSentence, blocks: readonly string[]): boolean {
  // The agency's name may follow in square brackets ("[ «Аргументы Недели» ]").
  const block = withoutByline((blocks[sentence.block] ?? '').replace(/\s*\[[^\]]*\]\s*$/u, ''));
  const clocks = [...block.matchAll(CLOCK)];
  return (
    sentence.block < 3 &&
    clocks.length === 1 &&
    !QUARTER.test(clocks[0]?.[1] ?? '') &&
    isStampLine(block)
  );
}

/**
 * Session 26 (round t41a): the posting stamp dates the page as a date line does, so a sentence
 * holding the meeting on a later day without its year (`Первое заседание Совбеза пройдет 3
 * октября` under `1 октября 2016, 09:50`) is the meeting's, the stamp lending it its year
 * (findMeeting.ts).
 */
export function postedLine(
  blocks: readonly string[],
  sentences: readonly NoteSentence[],
): LineDate | null {
  const sentence = sentences.find((candidate) => postedAt(candidate, blocks));
  const date = sentence ? findDates(sentence.text)[0] : undefined;
  return sentence && date?.iso.length === 10 ? { sentence, date: date.iso, score: 1.5 } : null;
}
