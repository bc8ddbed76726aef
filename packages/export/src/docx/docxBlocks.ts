import { HeadingLevel, Paragraph } from 'docx';
import type { Block, Inline, ListBlock } from '../content/Block.js';
import { docxInlines } from './docxInlines.js';
import { paragraphLanguage, type DocxLanguage } from './docxLanguage.js';
import { listIndent, type DocxNumbering } from './DocxNumbering.js';
import type { DocxNotes } from './DocxNotes.js';
import type { DocxRevisions } from './DocxRevisions.js';

// Export blocks → Word paragraphs carrying real styles (Normal, Heading n, Quote,
// List Paragraph), so the document stays editable the way a UN desk officer expects.

export interface DocxBlockContext {
  notes: DocxNotes;
  numbering: DocxNumbering;
  /** Added to heading levels: a compilation keeps Heading 1 for its annexes. */
  headingOffset: number;
  /** The statement's language and direction (w:lang, w:bidi). */
  language: DocxLanguage;
  /** Present when suggestions are exported as tracked changes. */
  revisions?: DocxRevisions;
}

interface Place {
  quote: boolean;
  /** Nesting depth of the enclosing list, -1 outside lists. */
  depth: number;
}

const HEADINGS = Object.values(HeadingLevel).filter((style) => style !== HeadingLevel.TITLE);

function textParagraph(inlines: readonly Inline[], context: DocxBlockContext, place: Place) {
  const children = docxInlines(inlines, context.notes, context.language, context.revisions);
  const language = paragraphLanguage(context.language);
  if (place.depth >= 0) {
    return new Paragraph({
      ...language,
      style: 'ListParagraph',
      indent: { left: listIndent(place.depth) },
      children,
    });
  }
  return new Paragraph({ ...language, style: place.quote ? 'Quote' : undefined, children });
}

function heading(
  block: Extract<Block, { kind: 'heading' }>,
  context: DocxBlockContext,
  place: Place,
) {
  if (place.quote || place.depth >= 0) return textParagraph(block.inlines, context, place);
  const level = Math.min(HEADINGS.length, block.level + context.headingOffset);
  const style = HEADINGS[level - 1] ?? HeadingLevel.HEADING_1;
  return new Paragraph({
    ...paragraphLanguage(context.language),
    heading: style,
    children: docxInlines(block.inlines, context.notes, context.language, context.revisions),
  });
}

function list(block: ListBlock, context: DocxBlockContext, place: Place): Paragraph[] {
  const depth = place.depth + 1;
  const numbering = context.numbering.list(block.ordered, block.start, depth);
  return block.items.flatMap((item) =>
    item.flatMap((child, index) => {
      if (index === 0 && child.kind !== 'list' && child.kind !== 'quote') {
        const children = docxInlines(
          child.inlines,
          context.notes,
          context.language,
          context.revisions,
        );
        const language = paragraphLanguage(context.language);
        return [new Paragraph({ ...language, style: 'ListParagraph', numbering, children })];
      }
      return blockParagraphs(child, context, { ...place, depth });
    }),
  );
}

function blockParagraphs(block: Block, context: DocxBlockContext, place: Place): Paragraph[] {
  switch (block.kind) {
    case 'paragraph':
      return [textParagraph(block.inlines, context, place)];
    case 'heading':
      return [heading(block, context, place)];
    case 'quote':
      return block.blocks.flatMap((child) =>
        blockParagraphs(child, context, { quote: true, depth: -1 }),
      );
    case 'list':
      return list(block, context, place);
  }
}

export function docxBlocks(blocks: readonly Block[], context: DocxBlockContext): Paragraph[] {
  return blocks.flatMap((block) => blockParagraphs(block, context, { quote: false, depth: -1 }));
}
