import { findSymbol } from '../../symbols/findSymbol.js';
import { isHeading } from '../../text/splitBlocks.js';
import { recordsMeeting } from '../meetingAhead.js';
import { recordsPast } from '../sentenceTense.js';
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
  /^(?:(?:the\s+)?(?:President|Chair|Co-?chairs?|Co-?facilitators?|Chair-Rapporteur)['’]s?\s+summary|summary\s+(?:by|of)\s+the\s+(?:President|Chair|Co-?chairs)|résumé\s+(?:de\s+la\s+présidence|du\s+(?:Président|Présidente)|de\s+la\s+Présidente|des\s+coprésidents?)|resumen\s+(?:de\s+la\s+Presidencia|del\s+Presidente|de\s+la\s+Presidenta|de\s+los\s+copresidentes))(?:\s+(?:of\s+the|du|de\s+la|de\s+l['’]|del|de\s+los)\s+\p{Lu}[\p{L}\s'’-]{2,70})?\s*$/iu;
const isSummaryHeading = (block: string): boolean =>
  block.length < 120 && isHeading(block) && SUMMARY_HEADING.test(block);
const toldAsHeld = (note: NoteLayout): boolean =>
  note.sentences.some(({ text }) => recordsPast(text)) || recordsMeeting(note);

/**
 * Whether the summary's heading stands in the title block, or among the masthead's lines before
 * the first numbered paragraph, where the title block may not reach.
 */
function headedAsSummary(note: NoteLayout): boolean {
  if (note.titleBlocks.some((index) => isSummaryHeading((note.blocks[index] ?? '').trim())))
    return true;
  const first = note.blocks.findIndex((block) => /^\s*1\.\s/u.test(block));
  const front = note.blocks.slice(0, first < 0 ? 0 : Math.min(first, 20));
  return front.some((block) => isSummaryHeading(block.trim()));
}

/** Whether the text is a summary of a meeting already held. */
export function summarizesMeetingHeld(note: NoteLayout): boolean {
  return headedAsSummary(note) && toldAsHeld(note);
}

// Session 16 (applied in round h11t): a summary of a meeting held printed under its own symbol
// ("United Nations E/2027/58" over "Summary by the President of the Economic and Social Council"
// and numbered paragraphs) is a document delegations cite, read as a report for the reference
// library; without a symbol it stays a record, refused.

/** Whether the text is a summary of a meeting held that prints its own symbol over its heading. */
export function summaryUnderSymbol(note: NoteLayout, text: string): boolean {
  // The symbol on a header line of the text, or on a block of its own (a Markdown heading).
  if (findSymbol(text.split('\n')) === null && findSymbol(note.blocks.slice(0, 12)) === null)
    return false;
  return summarizesMeetingHeld(note);
}
