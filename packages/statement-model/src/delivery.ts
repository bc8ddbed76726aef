// Which blocks of a statement are spoken. Headings, the header above the salutation (the
// title line, place and date, "Check against delivery") and written-only paragraphs are
// read by nobody, so the speaking time leaves them out.
import { isWrittenOnly, WRITTEN_ATTRIBUTE } from './WrittenOnly.js';

export type Delivery = 'spoken' | 'heading' | 'header' | 'written';

export interface DeliveryBlock {
  readonly type: string;
  readonly text: string;
  readonly written: boolean;
}

/** The salutation is one of the first blocks. */
const SALUTATION_WITHIN = 8;
/** "Mr. President," "Madame la Présidente," "Господин Председатель!" "主席先生：": a short line. */
const SALUTATION = /^.{1,40}[,:!،，：！]$/u;
const SALUTATION_WORDS = 6;

function isSalutation(text: string): boolean {
  const line = text.trim();
  return SALUTATION.test(line) && line.split(/\s+/).length <= SALUTATION_WORDS;
}

/** A sentence's end: header lines (title, place and date, notices) have none. */
const SENTENCE_END = /[.!?。؟]["”’)]*$/u;

/**
 * Index of the salutation among the first blocks, or -1 when the statement has none. Only
 * header lines may stand above it: "Let me make three points:" after a first paragraph of
 * thanks is not a salutation, and that paragraph is spoken.
 */
export function salutationIndex(blocks: readonly { readonly text: string }[]): number {
  const index = blocks.slice(0, SALUTATION_WITHIN).findIndex((block) => isSalutation(block.text));
  if (index < 0) return -1;
  const headerOnly = blocks.slice(0, index).every((block) => !SENTENCE_END.test(block.text.trim()));
  return headerOnly ? index : -1;
}

/** How each block is delivered, in order. */
export function deliveryOf(blocks: readonly DeliveryBlock[]): Delivery[] {
  const salutation = salutationIndex(blocks);
  return blocks.map((block, index) => {
    if (block.written) return 'written';
    if (block.type === 'heading') return 'heading';
    if (index < salutation) return 'header';
    return 'spoken';
  });
}

interface JSONNode {
  readonly type: string;
  readonly attrs?: Record<string, unknown>;
  readonly content?: readonly JSONNode[];
}

/**
 * The delivered version of a statement's ProseMirror JSON: the same document without its
 * written-only blocks (a quotation or list left empty by them goes too).
 */
export function deliveredJSON<T extends JSONNode>(node: T): T {
  if (!node.content) return node;
  const content = node.content
    .filter((child) => !isWrittenOnly(child.attrs?.[WRITTEN_ATTRIBUTE]))
    .map((child) => deliveredJSON(child))
    .filter((child) => !child.content || child.content.length > 0 || isLeafBlock(child));
  return { ...node, content };
}

const isLeafBlock = (node: JSONNode) => node.type === 'paragraph' || node.type === 'heading';
