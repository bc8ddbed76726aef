import { normalizeText } from '../../text/normalizeText.js';
import { isHeading, splitBlocks } from '../../text/splitBlocks.js';
import { vocabularyOf } from '../../text/joinHyphenated.js';
import { fromBlocks, type NoteText } from '../NoteText.js';
import { fieldLine, type FieldLine } from './fieldLine.js';
import { markedHeadings } from './markedHeadings.js';
import { isPageChrome, withoutSeeAlso } from './pageChrome.js';
import { withRunOnListHeadings } from './runOnListHeading.js';
import { repairHyphens } from './repairHyphens.js';
import { tableRowsAsFields } from './tableRows.js';
import { withStoredDateLineApart } from './storedDateLine.js';

// A concept note's layout, found before any field is read: its blocks and sentences, which
// blocks are headings (and how strong), which are header fields, and the title blocks at
// the top of the note and of its annex, where the meeting is named.

export interface LayoutBlock {
  text: string;
  /** 1 for a title (Markdown #, Word Title, large PDF type), 2–3 for lesser headings. */
  heading: number | null;
  field: FieldLine | null;
}

export interface NoteLayout extends NoteText {
  normalized: string;
  layout: LayoutBlock[];
  /** Indices of the blocks that name the meeting: the note's top and its annex's top. */
  titleBlocks: number[];
  /** Index of the "Annex" line, when the note is annexed to a letter. */
  annexAt: number | null;
  /** Footnote texts, set aside from the blocks ("¹ Speaking time: two minutes …"). */
  footnotes: string[];
}

const ANNEX = /^(?:annex|annexe|anexo)\b/i;
// A forwarded message opens as an annex does: the document forwarded starts after the line
// that says so ("-----Original Message-----", "---------- Forwarded message ---------",
// "Begin forwarded message:", "-----Message d'origine-----", "-----Mensaje original-----").
const FORWARDED =
  /^[\s_-]*(?:original message|forwarded message|begin forwarded message|message d['’]origine|message transféré|mensaje original|mensaje reenviado)[\s:_-]*$/iu;
const SECTION =
  /^(?:(?:[IVX]{1,4}|\d{1,2}|[A-Z])\.\s+)?(?:background|context|introduction|overview|objectives?|purpose|contexte|objectifs?|antecedentes|contexto|introducci[oó]n|objetivos?)\b/i;
const TITLE_LIMIT = 8;

/** Whether `text` heads a note's first section ("Background", "II. Objectives", `Contexte`). */
export function opensSection(text: string): boolean {
  return SECTION.test(text);
}

// Round 25b: a long block right above the line naming the document's kind ("… to support such
// processes" / "CONCEPT NOTE Date and venue …") is a title reflowLines split from a flattened
// page, however long (a Human Rights Council panel's title runs past 300 characters).
// Round w37bt: or an information note's ("Information note 2", `Note d'information`, `Nota
// informativa 2`), the document an office issues on a meeting's arrangements, under their title.
const KIND_LINE =
  /^(?:Concept [Nn]ote|CONCEPT NOTE|Note conceptuelle|NOTE CONCEPTUELLE|Nota conceptual|NOTA CONCEPTUAL|Information [Nn]ote|INFORMATION NOTE|Note d['’]information|NOTE D['’]INFORMATION|Nota informativa|NOTA INFORMATIVA)(?![\p{L}])/u;
const LONG_TITLE = 500;

export function aboveKind(layout: readonly LayoutBlock[], index: number): boolean {
  const text = layout[index]?.text ?? '';
  return (
    text.length <= LONG_TITLE &&
    !/[.;:!?]$/u.test(text) &&
    KIND_LINE.test(layout[index + 1]?.text ?? '')
  );
}

function titleBlock(layout: readonly LayoutBlock[], start: number): number[] {
  const found: number[] = [];
  for (let index = start; index < layout.length && found.length < TITLE_LIMIT; index += 1) {
    const block = layout[index];
    if (!block || SECTION.test(block.text)) break;
    if (block.text.length > 250 && block.heading === null && !aboveKind(layout, index)) break;
    // Round 17: a web page's chrome around the title takes none of the title's places.
    if (isPageChrome(block.text)) continue;
    found.push(index);
  }
  return found;
}

export function toNoteLayout(source: string): NoteLayout {
  const raw = tableRowsAsFields(withStoredDateLineApart(source));
  const marked = markedHeadings(raw);
  const normalized = normalizeText(raw);
  // Blocks joined across a page break may hold a word cut in two ("conces- sional").
  const vocabulary = vocabularyOf(normalized);
  const { blocks, footnotes } = splitBlocks(normalized, marked);
  // Round 36h: a list's heading run onto the item before it is set apart (runOnListHeading.ts).
  const note = fromBlocks(
    withRunOnListHeadings(withoutSeeAlso(blocks)).map((block) => repairHyphens(block, vocabulary)),
  );
  const layout = note.blocks.map((text) => ({
    text,
    heading: marked.get(text) ?? (isHeading(text) ? 3 : null),
    field: fieldLine(text),
  }));
  const annex = note.blocks.findIndex(
    (block) => block.length < 300 && (ANNEX.test(block) || FORWARDED.test(block)),
  );
  const annexAt = annex >= 0 ? annex : null;
  const titleBlocks = [
    ...titleBlock(layout, 0),
    ...(annexAt === null ? [] : titleBlock(layout, annexAt + 1)),
  ];
  return {
    ...note,
    normalized,
    layout,
    titleBlocks,
    annexAt,
    footnotes: footnotes.map(({ text }) => text),
  };
}
