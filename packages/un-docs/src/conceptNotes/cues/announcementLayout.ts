import { findDates } from '../../dates/findDates.js';
import { findTime } from '../../dates/findTime.js';
import { findDiscussionPoints } from '../findDiscussionPoints.js';
import { answersQuestions, isTimetable } from '../meetingAhead.js';
import { aboutDeadline } from '../meetingWords.js';
import type { NoteLayout } from '../layout/NoteLayout.js';
import { deliveredStatement } from './deliveredStatement.js';
import { isHeading } from '../../text/splitBlocks.js';

// Round 32 (the kind decision by structure): an announcement shows what it is by its layout,
// whatever its sentences say. A poster, an invitation or an event sheet sets its meeting's day
// and hours apart, on a line of their own ("Tuesday 16 March · 1:15–2:30 pm") or under a date
// label ("Date and time: Fri 17/09/2027, 10:00–13:00"), and gives what the meeting is about as a
// list of questions or a labelled title. A record of a meeting held tells its day in its
// sentences, and a sentence such as "Held on the margins of the session, this side event brings
// together …" does not make a poster a record. Such a text is a note (a partial one when it
// names no known format), unless its questions are answered (an FAQ), it is a statement
// delivered, or its lines set several days apart (a timetable).

const DATE_LABEL = /^(?:date|dates|time|when|fecha|hora|horario|heure|horaire)\b/u;
// What a day's line may hold besides its day and its hours: the words of a clock and of a time
// zone, and links ("from … to …", `de … à …`, `de … a …`).
const CLOCK_WORDS = new Set(
  'am pm a m p h hrs hours from to and until noon midday time local est edt cet cest gmt utc eat new york geneva heure heures de à a y hora horas horas mediodía midi et'.split(
    ' ',
  ),
);
const WEEKDAYS =
  /(?<![\p{L}])(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![\p{L}])|(?<![\p{L}])(?:mon|tue|wed|thu|fri|sat|sun)\.?(?![\p{L}])|(?<![\p{L}])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?![\p{L}])/giu;
const MAX_DAY_LINE = 100;

/** A line holding a day and its hours and nothing else ("Tuesday 16 March · 1:15–2:30 pm"). */
export function isDayAndHoursLine(text: string): boolean {
  if (text.length > MAX_DAY_LINE) return false;
  const dates = findDates(text);
  if (dates.length === 0 || findTime(text) === null) return false;
  let rest = text;
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.index) + rest.slice(date.end);
  const words = rest
    .replace(/\([^)]*\)/gu, ' ')
    .replace(WEEKDAYS, ' ')
    .toLowerCase()
    .match(/\p{L}+/gu);
  return (words ?? []).every((word) => CLOCK_WORDS.has(word));
}

const TITLE_LABEL =
  /^(?:(?:event\s+)?(?:title|theme|topic|subject)|titre|theme|sujet|titulo|tema)\b/u;

/** How many days a timetable sets apart before it is one, not an announcement. */
const TIMETABLE_DAYS = 3;

/**
 * The days the text sets apart with their hours: on a short line of their own, or in a date
 * field. One is an announcement's; three or more, a timetable's.
 */
function daysWithHours({ layout }: NoteLayout): Set<string> {
  const days = new Set<string>();
  for (const { text, field } of layout) {
    if (aboutDeadline(text)) continue;
    const dated =
      field !== null && DATE_LABEL.test(field.label)
        ? findTime(field.value) !== null
          ? field.value
          : ''
        : isDayAndHoursLine(text)
          ? text
          : '';
    for (const { iso } of findDates(dated)) days.add(iso);
  }
  return days;
}

// Round t43k: an event sheet's head stacks its title lines over its day and hours, before any
// sentence ("27th session of the Council" / "Gender in the Council's work" / "Room XX, Geneva" /
// "15 September 2014, 15:00-18:00"): the title above names the subject as a label would.
const HEAD_BLOCKS = 5;

function headedByTitleOverDay({ blocks }: NoteLayout): boolean {
  const at = blocks.slice(0, HEAD_BLOCKS).findIndex((block) => isDayAndHoursLine(block.trim()));
  return at > 0 && blocks.slice(0, at).every((block) => isHeading(block.trim()));
}

function namesSubject(note: NoteLayout, pointCount: number): boolean {
  if (note.layout.some(({ field }) => field !== null && TITLE_LABEL.test(field.label))) return true;
  return pointCount >= 2 || headedByTitleOverDay(note);
}

/** `pointCount`: how many discussion points the text lists, when the caller has counted them. */
export function announcedByLayout(
  note: NoteLayout,
  pointCount = findDiscussionPoints(note.blocks).items.length,
): boolean {
  const days = daysWithHours(note).size;
  return (
    days > 0 &&
    days < TIMETABLE_DAYS &&
    namesSubject(note, pointCount) &&
    !answersQuestions(note) &&
    !deliveredStatement(note) &&
    !isTimetable(note)
  );
}
