import { findDates } from '../../dates/findDates.js';
import { WEEKDAY_NAME } from '../../dates/weekdayNames.js';
import { aboutDeadline, MEETING_WORD } from '../meetingWords.js';
import { looksAhead, recordsPast } from '../sentenceTense.js';

// Session 26 (round t41a): a text may give the meeting's day in one sentence and look ahead to it
// in the next, naming it there by "the meeting" alone: "This note addresses administrative issues
// related to the UN Peacekeeping Ministerial on 29 March 2019. The meeting will be opened by the
// Secretary-General and will be held in the General Assembly Hall", `La Conférence … aura lieu le
// 4 mai 2027. La réunion se tiendra au Palais des Nations`, `El Foro … se celebra el 4 de mayo de
// 2027. El evento tendrá lugar en la Sala XIX`. The definite "the meeting" (`la réunion`, `el
// evento`, "this event") points back to the event the sentence before dates, whatever that
// sentence calls it (a "Ministerial", a "Summit", a name): one meeting named with its day, as a
// sentence naming both does. The day before must be a full date, not a deadline (“register by 1
// March 2019”), and neither sentence may record the meeting as past. The day must stand in a
// sentence's prose, after the word placing an event on it ("on", `le`, `el`, `du`, `del`), not on
// a date line or a byline ("3 de febrero de 2027", "par Julien Marchand | 20 avril 2027"), which
// date the text.

const THE_MEETING = new RegExp(
  String.raw`(?<![\p{L}])(?:the|this|that|la|le|l['’]|cette|ce|el|esta|este|dicha|dicho)\s*(?:${MEETING_WORD.source})`,
  'iu',
);

const PLACED_ON = new RegExp(
  String.raw`(?<![\p{L}])(?:on|from|le|du|el|del|des|desde)\s+(?:${WEEKDAY_NAME},?\s+)?$`,
  'iu',
);

function dayInProse(before: string): boolean {
  if (!/[.!]\s*$/u.test(before)) return false;
  return findDates(before).some(
    ({ iso, index }) => iso.length === 10 && PLACED_ON.test(before.slice(0, index)),
  );
}

/** Whether `sentence` looks ahead to "the meeting" whose full day `before` gives. */
export function meetingAfterItsDay(before: string | undefined, sentence: string): boolean {
  if (before === undefined) return false;
  const match = THE_MEETING.exec(sentence);
  if (match === null || /s$/iu.test(match[0])) return false;
  return (
    looksAhead(sentence) &&
    !recordsPast(sentence) &&
    dayInProse(before) &&
    !aboutDeadline(before) &&
    !recordsPast(before)
  );
}
