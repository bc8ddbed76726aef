// The meeting's start time, once its date's sentence is chosen.
import { findDates } from '../dates/findDates.js';
import { findTime } from '../dates/findTime.js';
import { hourBeforeMeeting } from './cues/hourBeforeMeeting.js';
import { hoursAfterDays, hoursUnderDay } from './cues/hoursAfterDays.js';
import { openingPartTime } from './cues/openingPart.js';
import { WILL_MEET } from './cues/willMeet.js';
import { aboutDeadline, FUTURE, MEETING_WORD, PAST, STARTS } from './meetingWords.js';
import type { NoteSentence } from './NoteText.js';
import { postedAt } from './cues/postedAt.js';

const TIME_FIELD =
  /^(?:[-*•▪◦]\s+)?(?:time|date\s*(?:\s(?:and|et)\s|[/&])\s*(?:time|heure)|when|heure|horaire|horario|hora|时间)\s*[:：]/iu;

/**
 * The time in the date's sentence (after the date, else anywhere in it); else later in the
 * same paragraph ("It will consist of … from 10 a.m. to 1 p.m."); else on the short line
 * under a date line ("Monday, 12 July 2027" / "3 p.m. (New York time)"); else a Time: field;
 * else the hours of its opening part ("The opening segment, from 10 to 11 a.m."); else a
 * sentence saying when the meeting starts ("The meeting will start at 3 p.m."); else a
 * programme's first line; else a sentence looking forward to the meeting with its hours.
 */
export function timeOf(
  best: NoteSentence,
  all: readonly NoteSentence[],
  blocks: readonly string[],
): string | null {
  // Round t40c: a page's stamp line ("01 июля 2024, 03:31") gives the hour it was posted at.
  const sentences = all.filter((sentence) => !postedAt(sentence, blocks));
  const sentence = postedAt(best, blocks) ? '' : best.text;
  const date = findDates(sentence).find((found) => found.iso.length === 10);
  const afterDate = date ? findTime(sentence.slice(date.end)) : null;
  if (afterDate ?? findTime(sentence)) return afterDate ?? findTime(sentence);
  const at = sentences.indexOf(best);
  const paragraph = sentences
    .slice(at + 1)
    .filter(({ block, text }) => block === best.block && !aboutDeadline(text))
    .map(({ text }) => findTime(text))
    .find((time) => time !== null);
  if (paragraph) return paragraph;
  // The line under the date line, when it starts with its time ("3 p.m. (New York time)",
  // "- 🕙 10h00–13h00 (New York), Trusteeship Council Chamber").
  const next = blocks[best.block + 1] ?? '';
  const underDateLine =
    (blocks[best.block] ?? '').length < 120 && next.length < 100 && leadingTime(next)
      ? findTime(next)
      : null;
  if (underDateLine) return underDateLine;
  const timeField = sentences.find(({ text }) => TIME_FIELD.test(text));
  const fromField = timeField ? findTime(timeField.text) : null;
  if (fromField) return fromField;
  // Session 14: the hours of its opening part, which a part "to be held" later does not
  // start ("The opening segment, from 10 to 11 a.m., …").
  const opening = openingPartTime(sentences);
  if (opening) return opening;
  // "The meeting will start at 3 p.m.", in a paragraph of its own.
  const starts = sentences.find(
    ({ text }) => STARTS.test(text) && !aboutDeadline(text) && findTime(text) !== null,
  );
  if (starts) return findTime(starts.text);
  // A programme: lines that each start with a time ("15:00 – 15:10 Opening remarks"); its
  // first line starts the meeting.
  const schedule = blocks.findIndex(
    (block, index) =>
      leadingTime(block) &&
      !aboutDeadline(block) &&
      (leadingTime(blocks[index + 1] ?? '') ||
        /\n/.test(block) ||
        findTime(block.slice(24)) !== null),
  );
  if (schedule >= 0) return findTime(blocks[schedule] ?? '');
  // A sentence of its own that looks forward to the meeting with its hours ("The meeting will
  // consist of … from 9 a.m. to 6 p.m.", "The dialogue will run from 10:00 to 13:00").
  const hours = sentences.find(
    ({ text }) =>
      MEETING_WORD.test(text) &&
      FUTURE.test(text) &&
      !PAST.test(text) &&
      !aboutDeadline(text) &&
      findTime(text) !== null,
  );
  if (hours) return findTime(hours.text);
  // Failing all of these, a time the note gives in a sentence of its own ("Participants will
  // meet from 3pm to 6pm"), when it is the only clock in the note outside deadlines.
  const clocks = sentences
    .filter(({ text }) => !aboutDeadline(text))
    .map(({ text }) => findTime(text))
    .filter((time): time is string => time !== null);
  return clocks.length > 0 && clocks.every((time) => time === clocks[0])
    ? (clocks[0] ?? null)
    : null;
}

/**
 * Round 18 (the convention "a time stands without a day"): a text that gives the meeting no
 * day may still say when it starts ("The debate is scheduled to begin at 3 p.m.", `La reunión
 * tendrá lugar a partir de las 10.00 hora de Nueva York`): a sentence saying when it starts, else
 * one looking forward to it with its hours, else (round 29) hours printed right after days
 * without a year, else (round 31e) on a short line under a day's line without a year, else
 * (round 35p) an hour given just before the meeting's name ("a las 10:00 horas de NY presidir la
 * sesión").
 */
export function timeWithoutDay(sentences: readonly NoteSentence[]): NoteSentence | null {
  const timed = sentences.filter(({ text }) => !aboutDeadline(text) && findTime(text) !== null);
  return (
    timed.find(({ text }) => STARTS.test(text) && MEETING_WORD.test(text)) ??
    timed.find(({ text }) => MEETING_WORD.test(text) && FUTURE.test(text) && !PAST.test(text)) ??
    // Round w38bt: "where we will meet" (cues/willMeet.ts).
    timed.find(({ text }) => WILL_MEET.test(text) && !PAST.test(text)) ??
    hoursAfterDays(timed) ??
    hoursUnderDay(sentences) ??
    hourBeforeMeeting(timed)
  );
}

export function leadingTime(line: string): boolean {
  const time = findTime(line);
  if (time === null) return false;
  const start = line.replace(/^[^\p{L}\d]+/u, '');
  return findTime(start.slice(0, 16)) !== null;
}
