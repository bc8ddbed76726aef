// A summary the letter's writer will issue themself ("I will circulate a summary", `prepararé
// un resumen`), named by their office, and whether that office is a Chair (findExpectedOutcome.ts).
import { letterAuthor, letterOffice } from './letterAuthor.js';
import type { NoteText } from '../NoteText.js';

// "I will prepare a summary of the discussions" in a letter from the President (or a Chair).
const OWN_SUMMARY =
  /\bI\s+(?:will|shall|intend to)\s+(?:prepare|circulate|issue|share|transmit|produce)\b.{0,60}\bsummary\b/i;

// Round w37bt: Spanish and French say "I" in the verb (`prepararé un resumen`, `elaboraré un
// resumen`, `j'établirai un résumé`, `je préparerai un résumé`); the office is then the letter's in
// its language, a commission's `Presidente` being its Chair (as PRESIDING_OFFICE reads below).
const OWN_SUMMARY_ES_FR =
  /(?<![\p{L}])(?:prepararé|elaboraré|distribuiré|publicaré|emitiré|établirai|préparerai|diffuserai|publierai)\s+(?:un|une|el|le)\s+(?:breve\s+|bref\s+)?(?:resumen|résumé)(?![\p{L}])/iu;

/** The summary the letter's writer says they will issue, named by their office. */
export function ownSummary(note: NoteText, text: string): string | null {
  if (OWN_SUMMARY.test(text)) {
    const office = letterAuthor(note.blocks);
    if (!office) return null;
    return office.startsWith('Chair') ? "Chair's summary" : "President's summary";
  }
  if (!OWN_SUMMARY_ES_FR.test(text)) return null;
  const office = letterOffice(note.blocks);
  if (!office) return null;
  return /Chair|Comisión|Commission/iu.test(office) ? "Chair's summary" : "President's summary";
}

// A commission's or committee's "Presidente"/"Président" is its Chair in English, so "La
// Presidenta circulará un resumen" in a Peacebuilding Commission note is a Chair's summary;
// the presiding officer is the one the note first names with the body it presides.
// Round 12a: the office may be named as a presidency too (`La Presidencia de la Comisión
// distribuirá un resumen`, `la présidence de la Commission`), the body's chairmanship.
const PRESIDING_OFFICE =
  /(?<![\p{L}])(?:Présidente?|Presidente?|Presidenta|Présidence|Presidencia)\s+(?:de\s+la|del|du|de\s+l['’]|de)\s*(\p{L}+)/iu;
const CHAIRED_BODY = /^(?:comisión|commission|comité|grupo|groupe|configuración|formation)$/iu;

/** Whether the note's presiding office is a commission's or committee's, its Chair. */
export function presidingOfficeIsChair(note: NoteText): boolean {
  for (const { text } of note.sentences) {
    const match = PRESIDING_OFFICE.exec(text);
    if (match) return CHAIRED_BODY.test(match[1] ?? '');
  }
  return false;
}
