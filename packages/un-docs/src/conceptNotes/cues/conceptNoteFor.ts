import type { Cue } from './Candidate.js';
import { subjectOf } from './subjectOf.js';
import { themed } from './themed.js';

// Round w36at: a page that quotes a concept note names the meeting as the one the note is for
// ("The presidency has circulated the concept note for this month's Security Council open debate
// on X", `la nota conceptual del debate abierto sobre X`, `la note de cadrage du débat public sur
// X`), with no verb announcing it: the subject of that meeting is the theme, as the subject of an
// announced one is (`announcedSubject`, whose confidence it shares and after which it is listed).

const NOTE_FOR =
  /(?<![\p{L}])(?:concept\s+note|note\s+de\s+cadrage|note\s+conceptuelle|nota\s+conceptual|nota\s+de\s+concepto)\s+(?:(?:for|of|on|pour|du|de\s+la|del|para)\s+|de\s+l['’])/iu;

export const conceptNoteFor: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const note = NOTE_FOR.exec(text);
    const subject = note ? subjectOf(text.slice(note.index + note[0].length), false) : null;
    return subject ? [themed(subject, 0.5, text, 'conceptNoteFor')] : [];
  });
