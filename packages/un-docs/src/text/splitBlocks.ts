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
/** A letter's title ("Letter dated … addressed to the Secretary-General") stands alone. */
const LETTER_TITLE =
  /^(?:Letter dated|Identical letters dated|Lettre datée|Lettres identiques datées|Carta de fecha|Cartas idénticas de fecha)\b/u;
/** A header field ("Date and time: …") starts a block of its own, whatever precedes it. */
const FIELD_START = /^\p{Lu}[\p{L}-]*(?:\s\p{L}+){0,3}\s?:\s/u;

// Round 13b: a news item's byline ("by Karin Oduya | 2 March 2027", `par Claire Dubois, 3
// février`) opens in lower case but names the writer; it does not finish the headline above.
export const BYLINE =
  /^(?:by|par|por)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del))*\s*(?:[|,·•–—-]|$)/u;

function withoutMarkers(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹*]+$/, '');
}

/**
 * True when `block` continues the sentence that `previous` left unfinished at a page break.
 * A short unfinished block is a heading, and so is a short block without punctuation.
 */
function continues(previous: string, block: string): boolean {
  if (parseLabel(block) || FIELD_START.test(block) || LETTER_TITLE.test(previous)) return false;
  if (BYLINE.test(block)) return false;
  if (/^\p{Ll}/u.test(block)) return true;
  return (
    previous.length > 80 &&
    !TERMINAL.test(withoutMarkers(previous)) &&
    // A contact line ends with its address, not with a sentence a page break cut.
    !/\S@\S+\.\p{L}{2,}$/u.test(previous) &&
    !isHeading(block) &&
    !titleLike(previous)
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
  return block.length <= 250 && !/[.!?]\s+\p{Lu}/u.test(block) && !FUNCTION_WORD.test(block);
}

/**
 * `marked` holds the headings the source marks as such (Markdown "#", Word heading styles,
 * large PDF type): a marked heading is never the start of a sentence that runs on.
 */
export function splitBlocks(normalized: string, marked?: ReadonlyMap<string, number>): Blocks {
  const blocks: string[] = [];
  const footnotes: Footnote[] = [];
  for (const block of normalized.split(/\n{2,}/)) {
    const text = block.trim();
    if (text === '') continue;
    const footnote = FOOTNOTE_LINE.exec(text);
    if (footnote?.[1] && footnote[2]) {
      footnotes.push({ number: fromSuperscript(footnote[1]), text: footnote[2] });
      continue;
    }
    const last = blocks.length - 1;
    const previous = blocks[last];
    if (previous !== undefined && !marked?.has(previous) && continues(previous, text)) {
      blocks[last] = `${previous} ${text}`;
    } else {
      blocks.push(text);
    }
  }
  return { blocks, footnotes };
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
    /^[\p{Lu}\p{N}“"]/u.test(words) &&
    !/[.,;:!?]$/.test(withoutMarkers(words)) &&
    (label === null || lettered)
  );
}
