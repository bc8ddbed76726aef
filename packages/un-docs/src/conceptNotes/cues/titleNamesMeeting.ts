import { FORMATS } from '../formatVocabulary.js';
import { MEETING_WORD } from '../meetingWords.js';
import { isEnglishQualifier } from './formatQualifiers.js';

// Session 26 (round t41a): a note by an office whose title is the meeting itself ("High-level
// meeting of the General Assembly on global drowning prevention" / "Note by the President of the
// General Assembly"; "Informal interactive dialogue on …", `Réunion de haut niveau sur …`,
// `Reunión de alto nivel sobre …`, `Débat thématique de haut niveau …`) is that meeting's note, as
// a title saying how the meeting is organized is (cues/organizingNote.ts): an office's notes on a
// meeting it convenes are printed under the meeting's name, with an author line and numbered
// paragraphs a report's. The title must open on the meeting: its qualifiers ("high-level",
// "informal", "annual"), then one meeting of the vocabulary or a bare meeting word, then what it
// is of or on. A report's subject names a meeting after another word ("Follow-up to the
// high-level meeting on …", "Report of the …", "Implementation of …") and is not read so; the
// caller still asks that the text look forward to the meeting.

const CONNECTOR =
  /^[\s,]*(?:(?:of|on|sur|sobre|about|de|del|du|des|d['’]|entitled|intitulée?|titulad[oa])(?![\p{L}])|[:–—-])/iu;
const OPENING_KIND = new RegExp(`^(?:${MEETING_WORD.source})`, 'iu');

/** Whether a title line names a meeting by its kind first ("High-level meeting … on X"). */
export function titleNamesMeeting(title: string): boolean {
  const words = title.trim().split(/\s+/u);
  let start = 0;
  while (start < words.length && isEnglishQualifier(words[start] ?? '')) start += 1;
  const rest = words.slice(start).join(' ');
  const kind = OPENING_KIND.exec(rest);
  const format = FORMATS.map(([pattern]) => pattern.exec(rest)).find(
    (match) => match !== null && match.index === 0,
  );
  const end = Math.max(kind?.[0].length ?? 0, format?.[0].length ?? 0);
  if (end === 0 || /s$/iu.test(rest.slice(0, end))) return false;
  return CONNECTOR.test(rest.slice(end));
}
