import { formatUnDate } from '../dates/formatUnDate.js';
import { fontFace, pdfFonts } from '../pdf/pdfFonts.js';
import { PdfWriter } from '../pdf/PdfWriter.js';
import type { OutcomeRevisionExport } from './OutcomeExport.js';
import { outcomeLayout } from './outcomeLayout.js';
import { redlineParagraphs } from './redlineParagraphs.js';

const COLOURS = { insert: '#1f6b3a', delete: '#a12622', equal: 'black' } as const;

const SIZE = 12;
const INDENT = 57; // points: 2 cm

/** One revision in UN layout as PDF; with `redline`, insertions underlined and deletions struck. */
export function renderOutcomePdf(revision: OutcomeRevisionExport): Promise<Uint8Array> {
  const writer = new PdfWriter({ title: `${revision.title} — ${revision.revisionName}` });
  const { doc } = writer;
  const fonts = pdfFonts('en');
  const face = (italic = false, bold = false) => fontFace(fonts, bold, italic);
  const date = formatUnDate(revision.circulatedAt.slice(0, 10));
  doc.fontSize(SIZE);
  doc
    .font(face())
    .text(`${revision.adopted ? 'Adopted' : revision.revisionName} — ${date}`, { align: 'right' });
  doc
    .font(face(false, true))
    .text(revision.body ?? '')
    .moveDown();
  doc.text(revision.title).moveDown(0.5);
  doc.font(face(true)).text(`${revision.theme} · Penholder: ${revision.penholder}`).moveDown();
  if (revision.redline) {
    doc.font(face(true)).text(`Changes from ${revision.redline.previousName}`).moveDown(0.5);
    for (const runs of redlineParagraphs(revision.redline.parts)) {
      runs.forEach((part, index) => {
        doc
          .font(face())
          .fillColor(COLOURS[part.kind])
          .text(part.text, {
            continued: index < runs.length - 1,
            underline: part.kind === 'insert',
            strike: part.kind === 'delete',
            paragraphGap: 8,
          });
      });
    }
    doc.fillColor('black');
  } else {
    for (const paragraph of outcomeLayout(revision.kind, revision.paragraphs)) {
      const indent = paragraph.kind === 'plain' ? 0 : INDENT;
      if (paragraph.number !== null)
        doc.font(face()).text(`${paragraph.number}. `, { continued: true, indent });
      if (paragraph.lead)
        doc.font(face(true)).text(paragraph.lead, {
          continued: true,
          indent: paragraph.number === null ? indent : 0,
        });
      doc.font(face()).text(paragraph.rest, { paragraphGap: 8 });
    }
  }
  return writer.finish();
}
