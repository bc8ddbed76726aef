import type { Block, Inline, ListBlock, TextRun } from '../content/Block.js';
import type { NoteList } from '../content/NoteList.js';
import { listMarker, superscriptNumber } from './listMarker.js';
import type { PdfWriter } from './PdfWriter.js';
import type { PdfRun } from './RunLayout.js';

// Export blocks → flowing PDF text: paragraphs, headings kept with what follows,
// indented quotations, lists with hanging markers, superscript note numbers.

export interface PdfBlockContext {
  writer: PdfWriter;
  notes: NoteList;
}

interface Frame {
  x: number;
  width: number;
  italic: boolean;
  depth: number;
}

const PARAGRAPH_GAP = 8;
const ITEM_GAP = 3;
const QUOTE_INDENT = 28;
const MARKER_INDENT = 12;
const TEXT_INDENT = 36;

const plain = { bold: false, italic: false, underline: false, strike: false, href: null };

/** Redline: suggested insertions underlined in green, suggested deletions struck in red. */
function suggestionStyle(run: TextRun): Partial<PdfRun> {
  if (!run.suggestion) return {};
  return run.suggestion.kind === 'insert'
    ? { underline: true, colour: '#17612f' }
    : { strike: true, colour: '#a1262a' };
}

export function pdfRuns(inlines: readonly Inline[], notes: NoteList): PdfRun[] {
  const runs: PdfRun[] = [];
  let breaks = '';
  for (const inline of inlines) {
    // pdfkit drops a newline that ends a continued fragment but keeps one that starts it.
    if (inline.kind === 'break') {
      breaks += '\n';
      continue;
    }
    runs.push({ ...inline, ...suggestionStyle(inline), text: breaks + inline.text });
    breaks = '';
    if (inline.note) runs.push({ ...plain, text: superscriptNumber(notes.add(inline.note)) });
  }
  return runs;
}

function paragraph(
  inlines: readonly Inline[],
  context: PdfBlockContext,
  frame: Frame,
  gap: number,
) {
  const { x, width, italic } = frame;
  context.writer.runs(pdfRuns(inlines, context.notes), { x, width, italic, spaceAfter: gap });
}

function heading(
  block: Extract<Block, { kind: 'heading' }>,
  context: PdfBlockContext,
  frame: Frame,
) {
  const { writer } = context;
  if (writer.doc.y > writer.doc.page.margins.top) writer.doc.y += 6;
  writer.ensureSpace(writer.lineHeight({ bold: true }) * 3);
  const runs = pdfRuns(block.inlines, context.notes);
  const italic = block.level >= 2;
  writer.runs(runs, { x: frame.x, width: frame.width, bold: true, italic, spaceAfter: 4 });
}

function list(block: ListBlock, context: PdfBlockContext, frame: Frame) {
  const { writer } = context;
  const depth = frame.depth + 1;
  const inner: Frame = {
    ...frame,
    x: frame.x + TEXT_INDENT,
    width: frame.width - TEXT_INDENT,
    depth,
  };
  block.items.forEach((item, index) => {
    const gap = index === block.items.length - 1 && depth === 0 ? PARAGRAPH_GAP : ITEM_GAP;
    const marker = listMarker(block.ordered, depth, block.start + index);
    writer.ensureSpace(writer.lineHeight() * 2);
    writer.stamp(marker, frame.x + MARKER_INDENT, writer.doc.y, { italic: frame.italic });
    item.forEach((child, at) =>
      blockPdf(child, context, inner, at === item.length - 1 ? gap : ITEM_GAP),
    );
  });
}

function blockPdf(block: Block, context: PdfBlockContext, frame: Frame, gap: number): void {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(block.inlines, context, frame, gap);
    case 'heading':
      return frame.depth >= 0
        ? paragraph(block.inlines, context, frame, gap)
        : heading(block, context, frame);
    case 'quote': {
      const x = frame.x + QUOTE_INDENT;
      const quote = { ...frame, x, width: frame.width - 2 * QUOTE_INDENT, italic: true };
      return block.blocks.forEach((child) => blockPdf(child, context, quote, PARAGRAPH_GAP));
    }
    case 'list':
      return list(block, context, frame);
  }
}

export function pdfBlocks(blocks: readonly Block[], context: PdfBlockContext): void {
  const { writer } = context;
  const frame = { x: writer.left, width: writer.width, italic: false, depth: -1 };
  blocks.forEach((block) => blockPdf(block, context, frame, PARAGRAPH_GAP));
}

/** Citation notes after the text, under a short rule (endnotes: pdfkit has no footnote area). */
export function pdfNotes(context: PdfBlockContext): void {
  const { writer, notes } = context;
  if (notes.notes.length === 0) return;
  writer.doc.y += 10;
  writer.ensureSpace(writer.lineHeight({ size: 9 }) * 2 + 8);
  const y = writer.doc.y;
  writer.doc
    .moveTo(writer.left, y)
    .lineTo(writer.left + 120, y)
    .lineWidth(0.5)
    .stroke();
  writer.doc.y += 6;
  notes.notes.forEach((note, index) => {
    writer.line(`${superscriptNumber(index + 1)} ${note}`, { size: 9, spaceAfter: 2 });
  });
}
