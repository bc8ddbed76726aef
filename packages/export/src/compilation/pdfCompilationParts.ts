import type { StatementHeader } from '../header/statementHeader.js';
import type { PdfWriter } from '../pdf/PdfWriter.js';
import {
  CONTENTS_HEADING,
  CONTRIBUTORS_HEADING,
  type Annex,
  type CompilationPlan,
} from './compilationPlan.js';

// The PDF parts of a compilation around the statements. Contents entries are written
// before the annexes exist, so each remembers where its page number goes; the numbers are
// stamped once every annex has found its page.

export interface ContentsSlot {
  page: number;
  y: number;
}

const LABEL_WIDTH = 64;
const NUMBER_WIDTH = 36;

export function annexDestination(index: number): string {
  return `annex-${index + 1}`;
}

function sectionHeading(writer: PdfWriter, text: string): void {
  writer.doc.y += 12;
  writer.ensureSpace(writer.lineHeight() * 4);
  writer.line(text, { bold: true, spaceAfter: 8 });
}

export function pdfLetter(writer: PdfWriter, plan: CompilationPlan): void {
  writer.line(plan.letterTitle, { bold: true, size: 13, width: writer.width - 56, spaceAfter: 18 });
  plan.paragraphs.forEach((text) => writer.line(text, { spaceAfter: 8 }));
  const indent = writer.width / 2;
  writer.line(plan.signature, {
    x: writer.left + indent,
    width: writer.width - indent,
    spaceAfter: 8,
  });
}

export function pdfContributors(writer: PdfWriter, plan: CompilationPlan): void {
  sectionHeading(writer, CONTRIBUTORS_HEADING);
  plan.contributors.forEach((name, index) => {
    writer.ensureSpace(writer.lineHeight());
    writer.stamp(`${index + 1}.`, writer.left + 12, writer.doc.y);
    writer.line(name, { x: writer.left + 36, width: writer.width - 36, spaceAfter: 3 });
  });
}

function contentsEntry(writer: PdfWriter, annex: Annex, index: number): ContentsSlot {
  const goTo = annexDestination(index);
  const titleX = writer.left + LABEL_WIDTH;
  const titleWidth = writer.width - LABEL_WIDTH - NUMBER_WIDTH;
  writer.ensureSpace(writer.lineHeight() * 2);
  writer.stamp(annex.label, writer.left, writer.doc.y);
  writer.line(annex.title, { x: titleX, width: titleWidth, goTo, spaceAfter: 0 });
  const slot = { page: currentPage(writer), y: writer.doc.y - writer.lineHeight() };
  const titleEnd = titleX + writer.doc.widthOfString(annex.title) + 6;
  if (titleEnd < titleX + titleWidth) dotLeader(writer, titleEnd, slot.y);
  writer.doc.y += 5;
  return slot;
}

/** Dots from a one-line title to its page number, as in UN contents pages. */
function dotLeader(writer: PdfWriter, from: number, lineTop: number): void {
  const y = lineTop + writer.doc.currentLineHeight() * 0.8;
  const to = writer.left + writer.width - NUMBER_WIDTH + 6;
  writer.doc.save().moveTo(from, y).lineTo(to, y).lineWidth(1.1).lineCap('round');
  writer.doc.dash(0.01, { space: 3 }).stroke().undash().restore();
}

export function pdfContents(writer: PdfWriter, plan: CompilationPlan): ContentsSlot[] {
  sectionHeading(writer, CONTENTS_HEADING);
  return plan.annexes.map((annex, index) => contentsEntry(writer, annex, index));
}

export function currentPage(writer: PdfWriter): number {
  const { start, count } = writer.doc.bufferedPageRange();
  return start + count - 1;
}

/** Writes each annex's page number into its contents entry. */
export function fillContents(writer: PdfWriter, slots: ContentsSlot[], pages: number[]): void {
  slots.forEach((slot, index) => {
    const page = pages[index];
    if (page === undefined) return;
    writer.doc.switchToPage(slot.page);
    const x = writer.left + writer.width - NUMBER_WIDTH;
    writer.stamp(String(page + 1), x, slot.y, { width: NUMBER_WIDTH, align: 'right' });
  });
}

/** A new page with the annex label and title, then who delivers it when that is known. */
export function pdfAnnexHeading(
  writer: PdfWriter,
  annex: Annex,
  index: number,
  byline: StatementHeader | null,
): void {
  writer.newPage();
  writer.doc.outline.addItem(`${annex.label}: ${annex.title}`);
  writer.line(annex.label, {
    bold: true,
    size: 14,
    destination: annexDestination(index),
    spaceAfter: 2,
  });
  writer.line(annex.title, { bold: true, size: 14, spaceAfter: byline ? 8 : 18 });
  if (!byline) return;
  writer.line(byline.byline, { italic: true, spaceAfter: 4 });
  if (byline.onBehalfOf) writer.line(byline.onBehalfOf, { italic: true, spaceAfter: 4 });
  writer.doc.y += 12;
}
