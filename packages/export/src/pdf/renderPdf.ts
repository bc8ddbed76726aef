import { NoteList } from '../content/NoteList.js';
import { statementLayout, type StatementHeader } from '../header/statementHeader.js';
import type { StatementExport } from '../model/StatementExport.js';
import { pdfBlocks, pdfNotes } from './pdfBlocks.js';
import { PdfWriter } from './PdfWriter.js';

/**
 * "Check against delivery" (at the end of the line: right, or left in Arabic; italic),
 * delegation, byline, place and date (centred).
 */
function pdfHeaderBlock(writer: PdfWriter, header: StatementHeader): void {
  writer.line(header.notice, {
    italic: true,
    align: writer.rtl ? 'left' : 'right',
    spaceAfter: 24,
  });
  writer.line(header.delegation, { bold: true, size: 16, align: 'center', spaceAfter: 10 });
  writer.line(header.byline, { bold: true, align: 'center', spaceAfter: 8 });
  if (header.onBehalfOf) writer.line(header.onBehalfOf, { align: 'center', spaceAfter: 8 });
  if (header.placeAndDate) writer.line(header.placeAndDate, { align: 'center', spaceAfter: 8 });
  writer.doc.y += 20;
}

/** The statement as a PDF in UN statement layout, with fonts for its language embedded. */
export async function renderPdf(statement: StatementExport): Promise<Uint8Array> {
  const { header, blocks } = statementLayout(statement);
  const writer = new PdfWriter({
    title: statement.title,
    subject: header.byline,
    language: statement.language,
  });
  const context = { writer, notes: new NoteList() };
  pdfHeaderBlock(writer, header);
  pdfBlocks(blocks, context);
  pdfNotes(context);
  return writer.finish();
}
