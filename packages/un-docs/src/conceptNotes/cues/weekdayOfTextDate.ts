import { findDates } from '../../dates/findDates.js';
import { MEETING_WORD, PAST } from '../meetingWords.js';
import type { NoteSentence } from '../NoteText.js';
import { meetsAsBody } from './meetingVerb.js';

// Round 35p (decided in session 14): a news item places the meeting by a weekday of its own week
// ("will open this Monday", `s'ouvrira ce mardi`, `La sesión comenzará este lunes`) and dates
// itself at its top ("Posted 03/03/2025 07:40", `Publié le 10/09/2024`, `Actualizado 27/05/2013`).
// When that date falls on the weekday named, the item was written the day the meeting opens, and
// the date is the meeting's: read from the text and the calendar, not from outside knowledge.
// Another weekday is left undated (which week it means is a guess), and so is a day given only
// as "tomorrow" (`a partir de mañana`), which the stamp of an item updated later misplaces.

const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  dimanche: 0,
  domingo: 0,
  monday: 1,
  lundi: 1,
  lunes: 1,
  tuesday: 2,
  mardi: 2,
  martes: 2,
  wednesday: 3,
  mercredi: 3,
  miércoles: 3,
  miercoles: 3,
  thursday: 4,
  jeudi: 4,
  jueves: 4,
  friday: 5,
  vendredi: 5,
  viernes: 5,
  saturday: 6,
  samedi: 6,
  sábado: 6,
  sabado: 6,
};
const THIS_WEEKDAY = new RegExp(
  String.raw`(?<![\p{L}])(?:this|ce|cet|este)\s+(${Object.keys(WEEKDAYS).join('|')})(?![\p{L}])`,
  'iu',
);
/**
 * Whether a line names a weekday of the text's own week: a headline that does ("… la 23 Sesión
 * Regular que empieza este lunes") places the meeting as one with a date does, and is no theme.
 */
export function namesWeekdayOfOwnWeek(text: string): boolean {
  return THIS_WEEKDAY.test(text);
}

// The text's own date is printed in its first blocks (a stamp, a dateline).
const TOP_BLOCKS = 3;

/** The text's own date as the meeting's, when a sentence names the meeting on that weekday. */
export function weekdayOfTextDate(
  sentences: readonly NoteSentence[],
  all: readonly NoteSentence[],
): { sentence: NoteSentence; date: string; score: number } | null {
  const own = all
    .filter(({ block }) => block < TOP_BLOCKS)
    .flatMap(({ text }) => findDates(text))
    .find(({ iso }) => iso.length === 10)?.iso;
  if (!own) return null;
  const weekday = new Date(`${own}T00:00:00Z`).getUTCDay();
  // A sentence of the text before a headline: a headline is a title, which the theme's cues read.
  const ordered = [
    ...sentences.filter(({ text }) => /[.!?]$/u.test(text)),
    ...sentences.filter(({ text }) => !/[.!?]$/u.test(text)),
  ];
  const sentence = ordered.find(({ text }) => {
    const named = THIS_WEEKDAY.exec(text)?.[1]?.toLowerCase();
    return (
      named !== undefined &&
      WEEKDAYS[named] === weekday &&
      // Round t43d: or by a body's verb of meeting (`El Consejo … se reunirá este sábado`,
      // cues/meetingVerb.ts), as the kind decision reads it.
      (MEETING_WORD.test(text) || meetsAsBody(text)) &&
      !PAST.test(text)
    );
  });
  return sentence ? { sentence, date: own, score: 1 } : null;
}
