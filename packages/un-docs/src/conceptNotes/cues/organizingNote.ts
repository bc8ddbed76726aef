import { MEETING_WORD } from '../meetingWords.js';

// Round 32: a note by an office on how a meeting it convenes is organized ("Organization of the
// high-level meeting on groundwater and drought resilience" / "Note by the President of the
// General Assembly", `Organisation de la réunion …`, `Modalidades de la reunión …`) is the
// meeting's concept note, though its author line and numbered paragraphs are a report's: its
// title names the meeting it arranges. It is read as a note when it looks forward to that
// meeting (the caller checks); a report on a meeting held, or on a subject, names none so.

const ORGANIZING =
  /^(?:(?:format\s+and\s+)?organi[sz]ation(?:al\s+arrangements)?|arrangements|modalities|modalités|organisation|modalidades|organización|disposiciones)\s+(?:of|for|de|pour|para|del?|des|du)\s/iu;

/** Whether a title names a meeting the document arranges. */
export function organizesMeeting(title: string): boolean {
  return ORGANIZING.test(title.trim()) && MEETING_WORD.test(title);
}
