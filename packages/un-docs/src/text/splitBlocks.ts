import { MONTH_NAMES } from '../dates/monthNames.js';
import { parseLabel } from './parseLabel.js';
import { FOOTNOTE_LINE, fromSuperscript } from './superscript.js';

// Normalized text → blocks, with footnotes set aside and the pieces of a paragraph that a
// page break (and the footnotes printed under it) had cut apart joined again.

export interface Footnote {
  number: number;
  text: string;
}

export interface Blocks {
  blocks: string[];
  footnotes: Footnote[];
}

const TERMINAL = /[.!?:;)”"’»]$/;
const DOCUMENT_KIND =
  /^(?:Concept [Nn]ote|CONCEPT NOTE|Note conceptuelle|NOTE CONCEPTUELLE|Nota conceptual|NOTA CONCEPTUAL)(?![\p{L}])/u;
/** A letter's title ("Letter dated … addressed to the Secretary-General") stands alone. */
const LETTER_TITLE =
  /^(?:Letter dated|Identical letters dated|Lettre datée|Lettres identiques datées|Carta de fecha|Cartas idénticas de fecha)\b/u;
/** A header field ("Date and time: …") starts a block of its own, whatever precedes it. */
const FIELD_START = /^\p{Lu}[\p{L}-]*(?:\s\p{L}+){0,3}\s?:\s/u;

// Round 13b: a news item's byline ("by Karin Oduya | 2 March 2027", `par Claire Dubois, 3
// février`) opens in lower case but names the writer; it does not finish the headline above.
// Round 17: so does one that opens with a capital ("By Lena Okafor | 3 May 2027").
export const BYLINE =
  /^(?:[Bb]y|[Pp]ar|[Pp]or)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del))*\s*(?:[|,·•–—-]|$)/u;

function withoutMarkers(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹*]+$/, '');
}

/**
 * A block whose pieces a page break had cut apart, kept as its pieces until all are in: a
 * text of 30,000 short lines can make one block of them all, and appending to one string
 * while reading its start and end each time cost time in the square of its length. The
 * checks below need only its length, its first characters and its last piece (pieces are
 * joined by a space, so whatever ends the block without a space stands in the last one).
 */
class JoinedBlock {
  private readonly pieces: string[];
  length: number;
  /** The block's first characters, enough for LETTER_TITLE. */
  head: string;

  constructor(text: string) {
    this.pieces = [text];
    this.length = text.length;
    this.head = text.slice(0, HEAD_CHARS);
  }

  get last(): string {
    return this.pieces[this.pieces.length - 1] ?? '';
  }

  append(text: string): void {
    this.pieces.push(text);
    this.length += 1 + text.length;
    if (this.head.length < HEAD_CHARS) this.head = `${this.head} ${text}`.slice(0, HEAD_CHARS);
  }

  text(): string {
    return this.pieces.join(' ');
  }
}
const HEAD_CHARS = 64;

/** Whether the source marks the block as a heading; a block longer than every mark is none. */
function isMarked(block: JoinedBlock, marked: ReadonlyMap<string, number>, longest: number) {
  return block.length <= longest && marked.has(block.text());
}

/**
 * True when `block` continues the sentence that `previous` left unfinished at a page break.
 * A short unfinished block is a heading, and so is a short block without punctuation.
 */
function continues(previous: JoinedBlock, block: string): boolean {
  if (parseLabel(block) || FIELD_START.test(block) || LETTER_TITLE.test(previous.head))
    return false;
  if (BYLINE.test(block)) return false;
  // Round 25b: nor does a block opening with the document's kind ("CONCEPT NOTE Date and venue
  // …"), which reflowLines split from a flattened page's long title.
  if (DOCUMENT_KIND.test(block)) return false;
  if (/^\p{Ll}/u.test(block)) return true;
  // Round t42d: a long paragraph cut after an article or a preposition ("… to the Zero Draft of
  // the" / "Ministerial Declaration, to be received by …"), or inside a date ("… on Monday, 4" /
  // "April 2022 at 10 am"), goes on in the next block, whatever that block looks like.
  if (previous.length > 80 && (FUNCTION_WORD.test(previous.last) || cutDate(previous.last, block)))
    return true;
  return (
    previous.length > 80 &&
    !TERMINAL.test(withoutMarkers(previous.last)) &&
    // A contact line ends with its address, not with a sentence a page break cut.
    !/\S@\S+\.\p{L}{2,}$/u.test(previous.last) &&
    !isHeading(block) &&
    !(previous.length <= TITLE_CHARS && titleLike(previous.text()))
  );
}

const TITLE_CHARS = 250;
const DAY_AT_END = /(?<![\p{L}\d])\d{1,2}(?:st|nd|rd|th)?$/u;
const MONTH_AT_START = new RegExp(String.raw`^(?:${MONTH_NAMES})(?![\p{L}])`, 'iu');
const MONTH_AT_END = new RegExp(String.raw`(?<![\p{L}])(?:${MONTH_NAMES})$`, 'iu');

/** A date cut at the line's end: its day before the cut and its month after, or month and year. */
function cutDate(before: string, after: string): boolean {
  return (
    (DAY_AT_END.test(before) && MONTH_AT_START.test(after)) ||
    (MONTH_AT_END.test(before) && /^(?:19|20)\d{2}(?!\d)/u.test(after))
  );
}
const FUNCTION_WORD =
  /\s(?:the|of|and|to|in|for|on|with|by|a|an|at|from|its|their|le|la|les|de|des|du|et|à|en|el|los|las|del|y|al)$/i;

/**
 * A long title line ("Arria-formula meeting on the implementation of …") is one sentence
 * without a full stop that ends on a noun; a paragraph cut by a page break has sentences
 * before the cut, or is cut after a word such as "the" or "of".
 */
function titleLike(block: string): boolean {
  return (
    block.length <= TITLE_CHARS && !/[.!?]\s+\p{Lu}/u.test(block) && !FUNCTION_WORD.test(block)
  );
}

/**
 * `marked` holds the headings the source marks as such (Markdown "#", Word heading styles,
 * large PDF type): a marked heading is never the start of a sentence that runs on.
 */
export function splitBlocks(normalized: string, marked?: ReadonlyMap<string, number>): Blocks {
  const blocks: JoinedBlock[] = [];
  const footnotes: Footnote[] = [];
  let longestMark = 0;
  for (const key of marked?.keys() ?? []) longestMark = Math.max(longestMark, key.length);
  for (const block of normalized.split(/\n{2,}/)) {
    const text = block.trim();
    if (text === '') continue;
    const footnote = FOOTNOTE_LINE.exec(text);
    if (footnote?.[1] && footnote[2]) {
      footnotes.push({ number: fromSuperscript(footnote[1]), text: footnote[2] });
      continue;
    }
    const previous = blocks[blocks.length - 1];
    if (
      previous !== undefined &&
      !(marked && isMarked(previous, marked, longestMark)) &&
      continues(previous, text)
    ) {
      previous.append(text);
    } else {
      blocks.push(new JoinedBlock(text));
    }
  }
  return { blocks: blocks.map((block) => block.text()), footnotes };
}

/**
 * A short line without closing punctuation: a heading such as "Background",
 * "II. The changing landscape" or "(a) Standby arrangements".
 */
export function isHeading(block: string): boolean {
  const sectionLabel = /^(?:[IVXL]{1,5}|[A-Z])\.\s/.test(block);
  const label = sectionLabel ? null : parseLabel(block);
  const lettered = label !== null && label.kind !== 'bullet' && label.kind !== 'number';
  const words = lettered ? label.rest : block;
  const maxLength = sectionLabel ? 300 : lettered ? 80 : 120;
  return (
    words.length <= maxLength &&
    // Round zh: a Chinese line, which has no capitals, without its closing punctuation either.
    /^[\p{Lu}\p{N}“"\p{Script=Han}]/u.test(words) &&
    !/[.,;:!?。，；：！？]$/u.test(withoutMarkers(words)) &&
    (label === null || lettered)
  );
}
