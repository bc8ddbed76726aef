import { inlineText, type Block } from '../content/Block.js';

// A statement created from the UN template opens with its own header block, as ordinary
// paragraphs the drafters may have edited: "Statement by … at the …", "Delivered on behalf
// of …", "New York, 19 April 2021", "Check against delivery". Those paragraphs are lifted out
// of the body so the export shows them once, in header layout, with the drafters' wording.

export interface DocumentHeader {
  notice?: string;
  byline?: string;
  onBehalfOf?: string;
  placeAndDate?: string;
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

const LINES: readonly (readonly [keyof DocumentHeader, RegExp])[] = [
  ['notice', /^check against delivery\.?$/i],
  ['byline', /^(?:joint )?statement (?:by|of|delivered by)\s/i],
  ['onBehalfOf', /^(?:delivered )?on behalf of\s/i],
  ['placeAndDate', new RegExp(`^(?:[^\\d,]{2,40},\\s*)?\\d{1,2} ${MONTH} \\d{4}$`, 'i')],
];

/** How many of the opening blocks can be header lines: the salutation comes soon after. */
const MAX_HEADER_LINES = 5;

function headerLine(block: Block | undefined): [keyof DocumentHeader, string] | null {
  if (block?.kind !== 'paragraph') return null;
  const text = inlineText(block.inlines).replace(/\s+/g, ' ').trim();
  const line = LINES.find(([, pattern]) => pattern.test(text));
  return line ? [line[0], text] : null;
}

/** The header lines the document itself opens with, and the body after them. */
export function documentHeader(blocks: readonly Block[]): { own: DocumentHeader; body: Block[] } {
  const own: DocumentHeader = {};
  let index = 0;
  while (index < MAX_HEADER_LINES) {
    const line = headerLine(blocks[index]);
    if (!line || own[line[0]] !== undefined) break;
    own[line[0]] = line[1];
    index += 1;
  }
  return { own, body: blocks.slice(index) };
}
