import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { statementLayout, type StatementHeader } from '../header/statementHeader.js';
import type { StatementExport } from '../model/StatementExport.js';
import { docxBlocks } from './docxBlocks.js';
import { packDocx } from './docxDocument.js';
import { DocxNotes } from './DocxNotes.js';
import { DocxNumbering } from './DocxNumbering.js';

/** "Check against delivery", the delegation (Title), the byline (Subtitle), place and date. */
function docxHeaderBlock(header: StatementHeader): Paragraph[] {
  const paragraphs = [
    new Paragraph({ style: 'CheckAgainstDelivery', text: header.notice }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: header.delegation }),
    new Paragraph({ style: 'Subtitle', text: header.byline }),
  ];
  if (header.onBehalfOf) {
    const run = new TextRun({ text: header.onBehalfOf, bold: false });
    paragraphs.push(new Paragraph({ style: 'Subtitle', children: [run] }));
  }
  if (header.placeAndDate) {
    paragraphs.push(new Paragraph({ style: 'Date', text: header.placeAndDate }));
  }
  return paragraphs;
}

/** The statement as a Word document (.docx) in UN statement layout. */
export async function renderDocx(statement: StatementExport): Promise<Uint8Array> {
  const { header, blocks } = statementLayout(statement);
  const notes = new DocxNotes();
  const numbering = new DocxNumbering();
  const body = docxBlocks(blocks, {
    notes,
    numbering,
    headingOffset: 0,
  });
  return packDocx({
    title: statement.title,
    subject: header.byline,
    children: [...docxHeaderBlock(header), ...body],
    notes,
    numbering,
  });
}
