// Confidence calibrated a fourth time (session 26, docs/importing.md): a kind that names the
// setting many meetings are held in — a forum ("the high-level political forum", "el Foro"), a
// session's segment ("the 2027 High-level Segment", "le débat de haut niveau"), the plenary
// ("Plenary Meetings Room XX", "séance plénière") — read only because the text mentions it
// (findFormat.ts, `namedFormat`) is as often the occasion, the room or the body's session as the
// meeting the note is about (an informal briefing during the forum, a panel in the plenary).
// On the third to fifteenth holdouts as read before tuning, such a format was wrong in 10 of 14
// texts (5 of 6 on the thirteenth to fifteenth), against 12 of 105 for the other kinds merely
// named; it is highlighted for checking. A sentence announcing the meeting, a field or the form
// the note gives it keep their own levels: there the forum or the plenary is the meeting.

/** Highlighted: under the review form's 0.6 (apps/web/src/conceptNotes/reviewDraft.ts). */
export const SETTING_CONFIDENCE = 0.55;

// The vocabulary's canonical kinds (formatVocabulary.ts), so every language's word for them
// ("foro", "forum", "论坛"; "débat de haut niveau"; "sesión plenaria") arrives as one of these.
const SETTING = /(?:^|\s)(?:forum|segment|plenary meeting)$/u;

/** Whether a format of the vocabulary names a setting meetings are held in, not a meeting. */
export function namesSetting(format: string): boolean {
  return SETTING.test(format);
}
