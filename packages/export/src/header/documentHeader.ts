import {
  LANGUAGE_TEMPLATES,
  languageTemplate,
  type StatementLanguage,
} from '@plenary/statement-model';
import { inlineText, type Block } from '../content/Block.js';
import { dateLinePattern } from './dateLinePattern.js';

// A statement created from the UN template opens with its own header block, as ordinary
// paragraphs the drafters may have edited: "Statement by … at the …", "Delivered on behalf
// of …", "New York, 19 April 2021", "Check against delivery" — or the same lines in the
// statement's language. Those paragraphs are lifted out of the body so the export shows
// them once, in header layout, with the drafters' wording.

export interface DocumentHeader {
  notice?: string;
  byline?: string;
  onBehalfOf?: string;
  placeAndDate?: string;
}

type Patterns = readonly (readonly [keyof DocumentHeader, RegExp])[];

/** The statement language's header lines, and English ones (drafters often keep those). */
function patterns(language: StatementLanguage): Patterns {
  const wordings = [languageTemplate(language), languageTemplate('en')];
  return wordings.flatMap((wording) => [
    ['notice', wording.patterns.notice] as const,
    ['byline', wording.patterns.byline] as const,
    ['onBehalfOf', wording.patterns.onBehalfOf] as const,
    ['placeAndDate', dateLinePattern(wording.language)] as const,
  ]);
}

const PATTERNS = new Map(LANGUAGE_TEMPLATES.map((t) => [t.language, patterns(t.language)]));

/** How many of the opening blocks can be header lines: the salutation comes soon after. */
const MAX_HEADER_LINES = 5;

function headerLine(
  block: Block | undefined,
  lines: Patterns,
): [keyof DocumentHeader, string] | null {
  if (block?.kind !== 'paragraph') return null;
  const text = inlineText(block.inlines).replace(/\s+/g, ' ').trim();
  const line = lines.find(([, pattern]) => pattern.test(text));
  return line ? [line[0], text] : null;
}

/** The header lines the document itself opens with, and the body after them. */
export function documentHeader(
  blocks: readonly Block[],
  language: StatementLanguage = 'en',
): { own: DocumentHeader; body: Block[] } {
  const lines = PATTERNS.get(language) ?? [];
  const own: DocumentHeader = {};
  let index = 0;
  while (index < MAX_HEADER_LINES) {
    const line = headerLine(blocks[index], lines);
    if (!line || own[line[0]] !== undefined) break;
    own[line[0]] = line[1];
    index += 1;
  }
  return { own, body: blocks.slice(index) };
}
