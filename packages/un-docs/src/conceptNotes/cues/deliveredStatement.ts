import type { NoteText } from '../NoteText.js';

// Round 15a: a delegation's statement as delivered at a meeting, headed by who made it
// ("Statement by H.E. Ms. …, Permanent Representative of …", `Déclaration de S.E. M. …`,
// `Intervención de S.E. Embajador …`), is what was said there: a record, not a note, whatever
// meeting and date its heading names. The heading opens the text with the statement's kind and
// a speaker styled by an honorific or a title; "Opening remarks by the co-hosts" in a
// programme names no statement made.

const KIND = String.raw`(?:statement|intervention|speech|address|remarks|déclaration|allocution|discours|intervención|declaración|discurso|palabras)`;
const SPEAKER = String.raw`(?:H\.\s?E\.|S\.\s?E\.|His|Her|Su|Son|Mr\.?|Ms\.?|Mrs\.?|M\.|Mme|Sr\.?|Sra\.?|Dr\.?|Ambassador|Embajador[a]?|Ambassadeur|Ambassadrice|Minister|Ministr[oa]|Ministre|the\s+Permanent\s+Representative|el\s+Representante|la\s+Representante|le\s+Représentant|la\s+Représentante)`;
// Round w36at: the statement's occasion may come first ("Opening remarks by H.E. Mr …",
// "Welcoming remarks by …", `Discours d'ouverture de …`, `Palabras de apertura de …`): still a
// speaker styled by an honorific, so a programme's "Opening remarks by the co-hosts" stays none.
const OCCASION = String.raw`(?:(?:opening|closing|welcoming|welcome|introductory|concluding|keynote)\s+)?`;
const AFTER_KIND = String.raw`(?:\s+(?:d['’]ouverture|de\s+clôture|de\s+apertura|de\s+clausura))?`;
const HEADING = new RegExp(
  String.raw`^${OCCASION}${KIND}${AFTER_KIND}\s+(?:by|of|de|del|pronunciad[oa]\s+por|prononcée?\s+par)\s+${SPEAKER}(?![\p{L}])`,
  'iu',
);
const HEAD_BLOCKS = 8;

/** Whether the text opens as a statement delivered by a named speaker. */
export function deliveredStatement({ blocks }: NoteText): boolean {
  // A converter may run the heading into the statement's first paragraph: only its start counts.
  return blocks.slice(0, HEAD_BLOCKS).some((block) => HEADING.test(block));
}
