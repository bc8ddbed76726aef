import { kindNamed } from '../kindsNamed.js';
import { GATHERING } from '../meetingAhead.js';
import { FUTURE, STARTS } from '../meetingWords.js';

// Round 27a (a text announcing several meetings is read for the one it is about): the hours a
// sentence gives belong to the meeting that is its subject. A text announcing an interactive
// dialogue with no day may give hours only for another meeting of the same occasion ("The
// general debate will … continue tomorrow (Friday) from 18.00 to 21.00 hours after the conclusion
// of the interactive dialogue", `La serie de sesiones de alto nivel se celebrará mañana de las
// 15.00 a las 18.00 horas`): its subject, before the verb, names another kind than the format's.
// A subject naming no kind ("The meeting will start at 3 p.m.") is the announced meeting.

function head(kind: string): string {
  return kind.split(' ').pop() ?? kind;
}

// Session 26 (round t41a): or a line labelled with another event's kind, which gives that event's
// day and hours ("Webinar: “Water and peace in the Sahel”, 9 June, 11:00–12:30", `Atelier : …`,
// `Taller: …`, "Side event: …"), in a newsletter's or a page's list of events under the text
// announcing its meeting. A generic label ("Event:", "Meeting:", "Date:") names no other kind.
const LABEL = /^\s*([^:：.;?!]{2,40}?)\s*[:：]\s/u;

function labelledAnother(sentence: string, format: string): boolean {
  const label = LABEL.exec(sentence)?.[1];
  if (label === undefined) return false;
  const kind = kindNamed(label) ?? GATHERING.exec(label)?.[0].toLowerCase() ?? null;
  return kind !== null && head(kind) !== head(format) && !format.includes(kind);
}

/** Whether the subject of `sentence` is a meeting of another kind than `format`. */
export function subjectIsAnotherMeeting(sentence: string, format: string | null): boolean {
  if (format !== null && labelledAnother(sentence, format)) return true;
  const verb = FUTURE.exec(sentence) ?? STARTS.exec(sentence);
  if (format === null || !verb) return false;
  const subject = sentence.slice(0, verb.index);
  const kind = kindNamed(subject);
  return kind !== null && head(kind) !== head(format) && !councilPanel(subject, format);
}

// Round w36ct: a Spanish `mesa redonda` of the Human Rights Council is the panel discussion the
// format reads (findFormat.ts), so "La mesa redonda comenzará a las 15.00 horas" gives that
// panel's hour, though the vocabulary alone names a round table.
function councilPanel(subject: string, format: string): boolean {
  return (
    /(?<![\p{L}])mesa\s+redonda(?![\p{L}])/iu.test(subject) && format.endsWith('panel discussion')
  );
}
