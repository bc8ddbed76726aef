import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
} from 'docx';
import type { DocxNotes } from './DocxNotes.js';
import type { DocxNumbering } from './DocxNumbering.js';
import { docxStyles } from './docxStyles.js';

// One A4 section with the page number centred in the footer, the statement styles, and the
// footnotes and list numbering collected while the body was built.

export interface DocxDocumentParts {
  title: string;
  subject: string;
  children: FileChild[];
  notes: DocxNotes;
  numbering: DocxNumbering;
  /** Ask Word to refresh fields (the table of contents) when the file is opened. */
  updateFields?: boolean;
}

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1440;

function pageNumberFooter(): Footer {
  const number = new TextRun({ children: [PageNumber.CURRENT] });
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [number] })],
  });
}

export async function packDocx(parts: DocxDocumentParts): Promise<Uint8Array> {
  const document = new Document({
    title: parts.title,
    subject: parts.subject,
    creator: 'Plenary',
    lastModifiedBy: 'Plenary',
    styles: docxStyles(),
    numbering: parts.numbering.options,
    footnotes: parts.notes.footnotes,
    features: parts.updateFields ? { updateFields: true } : undefined,
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 708 },
          },
        },
        footers: { default: pageNumberFooter() },
        children: parts.children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
