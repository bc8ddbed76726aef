import type { NoteSentence } from '../NoteText.js';

// Round w38bt: a date field written without its year (`Date et lieu : mardi 22 juin, 10 h 00 –
// 13 h 00`, "Date and venue: Wednesday, 9 June, 3 p.m.") names the meeting's day as surely as one
// with its year: its year comes from the text's other full dates (the deadline, the session's
// span), and it is read before the first sentence naming a meeting beside a full date or a date
// line, which would give the session's opening day ("Cinquante-sixième session (16 juin – 11
// juillet 2027)") instead.

/** The yearless day a date field gives, when the field is where `yearless` was read. */
export function yearlessDateField<T extends { sentence: NoteSentence }>(
  yearless: T | null,
  isField: (text: string) => boolean,
): T | null {
  return yearless && isField(yearless.sentence.text) ? yearless : null;
}
