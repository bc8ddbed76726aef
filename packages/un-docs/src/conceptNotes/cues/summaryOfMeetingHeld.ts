import { isHeading } from '../../text/splitBlocks.js';
import { recordsMeeting, recordsPast } from '../meetingAhead.js';
import type { NoteLayout } from '../layout/NoteLayout.js';

// Round w37ct: a summary of a meeting held, under its heading ("Chair's summary", "President's
// summary", `Résumé de la présidence`, `Resumen de la Presidencia`) and telling the meeting as
// held ("On 18 March 2027, the Commission held …", `el Consejo … celebró una reunión especial`), is
// a record of that meeting: neither a note, though it names the meeting, its day and the
// questions speakers raised, nor a report, though its paragraphs are numbered. It is refused, as
// a President's summary without numbers was (`h4-refused-ecosoc-informal-high-level-2005-summary`).
// The heading stands in the title block, where a record names itself; a note's "Expected outcome:
// Chair's summary" is a field, no heading, or stands under its section. The meeting is told as
// held by a sentence recording the past (`La réunion s'est tenue …`), or the text records it.

const SUMMARY_HEADING =
  /^(?:(?:the\s+)?(?:President|Chair|Co-?chairs?|Co-?facilitators?|Chair-Rapporteur)['’]s?\s+summary|summary\s+(?:by|of)\s+the\s+(?:President|Chair|Co-?chairs)|résumé\s+(?:de\s+la\s+présidence|du\s+(?:Président|Présidente)|de\s+la\s+Présidente|des\s+coprésidents?)|resumen\s+(?:de\s+la\s+Presidencia|del\s+Presidente|de\s+la\s+Presidenta|de\s+los\s+copresidentes))\s*$/iu;
/** Whether the text is a summary of a meeting already held. */
export function summarizesMeetingHeld(note: NoteLayout): boolean {
  const headed = note.titleBlocks.some((index) => {
    const block = (note.blocks[index] ?? '').trim();
    return block.length < 80 && isHeading(block) && SUMMARY_HEADING.test(block);
  });
  return headed && (note.sentences.some(({ text }) => recordsPast(text)) || recordsMeeting(note));
}
