import { findTime } from '../../dates/findTime.js';
import { MEETING_WORD, PAST } from '../meetingWords.js';
import type { NoteSentence } from '../NoteText.js';

// Session 14 (round 35p): a news item's programme for the person who will preside gives the
// meeting's hour in a clause of its own, with no day and no future tense ("y posteriormente a las
// 10:00 horas de NY presidir la sesión del consejo", "then, at 3 p.m. local time, chairing the
// meeting of the Council"). A time stands without a day, so an hour followed within a few words
// by the meeting's name is when the meeting starts; the hour must come first, so that a clock of
// something else in a sentence that names the meeting (a breakfast before it) does not count.
const HOUR_THEN_MEETING = new RegExp(
  String.raw`(?<![\p{L}])(?:a\s+las|at|à)\s+\d{1,2}(?:[.:h]\d{2})?(?:[\s,]+[^\s;]+){0,6}?[\s,]+(?:the\s+|la\s+|el\s+|le\s+)?${MEETING_WORD.source}`,
  'iu',
);

/** A sentence not in the past that gives an hour just before the meeting's name. */
export function hourBeforeMeeting(sentences: readonly NoteSentence[]): NoteSentence | null {
  return (
    sentences.find(
      ({ text }) => !PAST.test(text) && HOUR_THEN_MEETING.test(text) && findTime(text) !== null,
    ) ?? null
  );
}
