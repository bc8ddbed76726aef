import { findTime } from '../../dates/findTime.js';
import { aboutDeadline } from '../meetingWords.js';
import type { NoteSentence } from '../NoteText.js';

// Session 14 (round 34p), decided on `r33-ga-ncdalliance-third-hlm-ncds-2018`: a meeting held in
// parts starts when its opening part does. "The opening segment, to be held from 10 to 11 a.m.,
// will feature …" gives 10:00 over the plenary segment's and the panels' "from 11 a.m.", as an
// organizer's calendar shows the meeting from its opening; `El segmento de apertura, de 9.00 a
// 10.00 horas`, `La séance d'ouverture, de 10 heures à 11 heures` likewise. The part is the
// sentence's subject, named at its start: a sentence that only lists the parts times none.

const OPENING_PART =
  /^(?:the|an?|la|le|el|une?)\s+(?:opening\s+(?:segment|session|plenary(?:\s+meeting)?|ceremony)|(?:segment|séance|session|cérémonie)\s+d['’]ouverture|(?:segmento|sesión|ceremonia)\s+(?:de\s+apertura|inaugural))(?![\p{L}])/iu;

/** The time of the sentence that opens on the meeting's opening part and gives its hours, if any. */
export function openingPartTime(sentences: readonly NoteSentence[]): string | null {
  const opening = sentences.find(
    ({ text }) => OPENING_PART.test(text) && !aboutDeadline(text) && findTime(text) !== null,
  );
  return opening ? findTime(opening.text) : null;
}
