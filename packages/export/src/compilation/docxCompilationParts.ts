import {
  Bookmark,
  HeadingLevel,
  InternalHyperlink,
  LeaderType,
  PageReference,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import type { DocxNumbering } from '../docx/DocxNumbering.js';
import type { StatementHeader } from '../header/statementHeader.js';
import {
  CONTENTS_HEADING,
  CONTRIBUTORS_HEADING,
  type Annex,
  type CompilationPlan,
} from './compilationPlan.js';

// The Word parts of a compilation around the statements: covering letter, contributors,
// contents (page numbers are PAGEREF fields to each annex's bookmark, so Word and
// LibreOffice compute them), and the heading that opens each annex on a new page.

const TEXT_WIDTH = 9026;
/** 14 pt, in half-points: an annex heading stands above the statement's own headings. */
const ANNEX_SIZE = 28;

export function annexBookmark(index: number): string {
  return `annex_${index + 1}`;
}

export function docxLetter(plan: CompilationPlan): Paragraph[] {
  return [
    new Paragraph({ style: 'LetterTitle', text: plan.letterTitle }),
    ...plan.paragraphs.map((text) => new Paragraph({ text })),
    new Paragraph({ style: 'Signature', text: plan.signature }),
  ];
}

export function docxContributors(plan: CompilationPlan, numbering: DocxNumbering): Paragraph[] {
  const list = numbering.list(true, 1, 0);
  return [
    new Paragraph({ style: 'SectionHeading', text: CONTRIBUTORS_HEADING }),
    ...plan.contributors.map(
      (text) => new Paragraph({ style: 'ListParagraph', numbering: list, text }),
    ),
  ];
}

function contentsEntry(annex: Annex, index: number): Paragraph {
  const anchor = annexBookmark(index);
  const link = (text: string) => new InternalHyperlink({ anchor, children: [new TextRun(text)] });
  return new Paragraph({
    style: 'TOC1',
    tabStops: [
      { type: TabStopType.LEFT, position: 1134 },
      { type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT },
    ],
    children: [
      link(annex.label),
      new TextRun({ children: [new Tab()] }),
      link(annex.title),
      new TextRun({ children: [new Tab()] }),
      new PageReference(anchor),
    ],
  });
}

export function docxContents(plan: CompilationPlan): Paragraph[] {
  return [
    new Paragraph({ style: 'SectionHeading', text: CONTENTS_HEADING }),
    ...plan.annexes.map(contentsEntry),
  ];
}

export function docxAnnexHeading(annex: Annex, index: number): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
    spacing: { after: 360 },
    children: [
      new Bookmark({
        id: annexBookmark(index),
        children: [new TextRun({ text: annex.label, size: ANNEX_SIZE })],
      }),
      new TextRun({ break: 1, size: ANNEX_SIZE }),
      new TextRun({ text: annex.title, size: ANNEX_SIZE }),
    ],
  });
}

/** Who delivers the statement, when the statement says more than the debate record. */
export function docxAnnexByline(header: StatementHeader): Paragraph[] {
  return [header.byline, header.onBehalfOf]
    .filter((text): text is string => text !== null)
    .map((text) => new Paragraph({ children: [new TextRun({ text, italics: true })] }));
}
