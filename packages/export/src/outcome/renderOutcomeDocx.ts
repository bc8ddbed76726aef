import {
  AlignmentType,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { formatUnDate } from '../dates/formatUnDate.js';
import type { AmendmentsCompilationExport, OutcomeRevisionExport } from './OutcomeExport.js';
import { outcomeLayout } from './outcomeLayout.js';
import { redlineParagraphs } from './redlineParagraphs.js';

const FONT = 'Times New Roman';
const SIZE = 24; // half-points: 12 pt
const INDENT = 1134; // twips: 2 cm

const run = (text: string, options: { italics?: boolean; bold?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: SIZE, ...options });

function heading(revision: OutcomeRevisionExport): Paragraph[] {
  const date = formatUnDate(revision.circulatedAt.slice(0, 10));
  const status = revision.adopted ? 'Adopted' : revision.revisionName;
  return [
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`${status} — ${date}`)] }),
    new Paragraph({ children: [run(revision.body ?? '', { bold: true })] }),
    new Paragraph({
      spacing: { before: 240, after: 240 },
      children: [run(revision.title, { bold: true })],
    }),
    new Paragraph({
      spacing: { after: 240 },
      children: [run(`${revision.theme} · Penholder: ${revision.penholder}`, { italics: true })],
    }),
  ];
}

function revisionBody(revision: OutcomeRevisionExport): Paragraph[] {
  return outcomeLayout(revision.kind, revision.paragraphs).map((paragraph) => {
    const children: ParagraphChild[] = [];
    if (paragraph.number !== null) children.push(run(`${paragraph.number}.\t`));
    if (paragraph.lead) children.push(run(paragraph.lead, { italics: true }));
    children.push(run(paragraph.rest));
    return new Paragraph({
      spacing: { after: 120 },
      indent: paragraph.kind === 'plain' ? undefined : { firstLine: INDENT },
      children,
    });
  });
}

/** The redline as Word tracked changes, so the reader can accept or reject them in Word. */
function redlineBody(revision: OutcomeRevisionExport): Paragraph[] {
  const date = revision.circulatedAt;
  let id = 1;
  return redlineParagraphs(revision.redline?.parts ?? []).map(
    (runs) =>
      new Paragraph({
        spacing: { after: 120 },
        children: runs.map((part) => {
          const options = {
            text: part.text,
            font: FONT,
            size: SIZE,
            id: id++,
            author: revision.penholder,
            date,
          };
          if (part.kind === 'insert') return new InsertedTextRun(options);
          if (part.kind === 'delete') return new DeletedTextRun(options);
          return run(part.text);
        }),
      }),
  );
}

async function pack(title: string, children: FileChild[]): Promise<Uint8Array> {
  const document = new Document({
    title,
    creator: 'Plenary',
    lastModifiedBy: 'Plenary',
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** One revision in UN layout; with `redline`, the changes since the previous one as tracked changes. */
export function renderOutcomeDocx(revision: OutcomeRevisionExport): Promise<Uint8Array> {
  const children: FileChild[] = [...heading(revision)];
  if (revision.redline) {
    children.push(
      new Paragraph({
        spacing: { after: 240 },
        children: [run(`Changes from ${revision.redline.previousName}`, { italics: true })],
      }),
      ...redlineBody(revision),
    );
  } else {
    children.push(...revisionBody(revision));
  }
  return pack(`${revision.title} — ${revision.revisionName}`, children);
}

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [run(text, { bold })] })] });

/** The compilation of amendments: paragraph, proposed text, proposer, supporters, objections, decision. */
export function renderAmendmentsDocx(
  compilation: AmendmentsCompilationExport,
): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    children: [
      'Paragraph',
      'Proposed text',
      'Proposer',
      'Supporters',
      'Objections',
      'Penholder’s decision',
    ].map((h) => cell(h, true)),
  });
  const rows = compilation.rows.map(
    (row) =>
      new TableRow({
        children: [
          cell(
            row.action === 'insert_after' ? `New after ${row.paragraph}` : String(row.paragraph),
          ),
          cell(row.action === 'delete' ? '(delete the paragraph)' : row.proposedText),
          cell(`${row.proposer}: ${row.justification}`),
          cell(row.supporters.join(', ')),
          cell(row.objections.join(', ')),
          cell(row.decision),
        ],
      }),
  );
  return pack(`Compilation of amendments — ${compilation.title}`, [
    new Paragraph({
      children: [run(`Compilation of amendments — ${compilation.title}`, { bold: true })],
    }),
    new Paragraph({
      spacing: { after: 240 },
      children: [
        run(`${compilation.theme} · Penholder: ${compilation.penholder}`, { italics: true }),
      ],
    }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
  ]);
}
