import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { statementLayout, type StatementHeader } from '../header/statementHeader.js';
import type { StatementExport } from '../model/StatementExport.js';
import { docxBlocks } from './docxBlocks.js';
import { docxLanguage, paragraphLanguage, runLanguage, type DocxLanguage } from './docxLanguage.js';
import { packDocx } from './docxDocument.js';
import { DocxNotes } from './DocxNotes.js';
import { DocxNumbering } from './DocxNumbering.js';
import { DocxRevisions } from './DocxRevisions.js';

/** "Check against delivery", the delegation (Title), the byline (Subtitle), place and date. */
function docxHeaderBlock(header: StatementHeader, language: DocxLanguage): Paragraph[] {
  const line = (text: string, options: { style?: string; title?: boolean; bold?: boolean }) =>
    new Paragraph({
      ...paragraphLanguage(language),
      ...(options.title ? { heading: HeadingLevel.TITLE } : { style: options.style }),
      children: [new TextRun({ ...runLanguage(text, language), text, bold: options.bold })],
    });
  const paragraphs = [
    line(header.notice, { style: 'CheckAgainstDelivery' }),
    line(header.delegation, { title: true }),
    line(header.byline, { style: 'Subtitle' }),
  ];
  if (header.onBehalfOf)
    paragraphs.push(line(header.onBehalfOf, { style: 'Subtitle', bold: false }));
  if (header.placeAndDate) paragraphs.push(line(header.placeAndDate, { style: 'Date' }));
  return paragraphs;
}

/** The statement as a Word document (.docx) in UN statement layout. */
export async function renderDocx(statement: StatementExport): Promise<Uint8Array> {
  const { header, blocks } = statementLayout(statement);
  const language = docxLanguage(statement.language);
  const notes = new DocxNotes();
  const numbering = new DocxNumbering();
  const body = docxBlocks(blocks, {
    notes,
    numbering,
    headingOffset: 0,
    language,
    ...(statement.suggestions
      ? { revisions: new DocxRevisions(statement.suggestions.authors) }
      : {}),
  });
  return packDocx({
    title: statement.title,
    subject: header.byline,
    children: [...docxHeaderBlock(header, language), ...body],
    notes,
    numbering,
  });
}
