// Generates the binary forms of a concept note (DOCX with `docx`, PDF with `pdfkit`, and a
// Markdown rendering) from its text, so tests can check that every format yields the same
// parse without binary fixtures in the repository. Run directly to write them to a folder:
//   node --import tsx packages/un-docs/scripts/makeFixtures.ts [--title] [--symbol S/2027/12] SOURCE.txt OUT_DIR
// The PDF prints a job number at the foot of each page, and the symbol at its head only when
// given (until session 10 it always printed `S/2026/99`, which is then a symbol of the text).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import PDFDocument from 'pdfkit';
import { tableRowsAsFields } from '../src/conceptNotes/layout/tableRows.js';
import { normalizeText } from '../src/text/normalizeText.js';
import { splitBlocks } from '../src/text/splitBlocks.js';
import { toSuperscript } from '../src/text/superscript.js';

const FOOTNOTE = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+(.*)$/;
const LETTER_ITEM = /^\(?([a-z])\)\s+(.*)$/;
const ROMAN_ITEM = /^\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s/;
const ROMAN_LIST_ITEM = /^\(?((?:i|ii|iii|iv|v|vi|vii|viii|ix|x))\)\s+(.*)$/;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * The note's blocks as an author would have typed them: page-break splits joined, footnotes last,
 * a table drawn in text (pipes, `+---+` borders) read row by row as its fields, as Word's own
 * table is read.
 */
function blocksOf(text: string): string[] {
  // A wiki page's YAML front matter is the page's metadata, which no export carries.
  const body = tableRowsAsFields(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
  const { blocks, footnotes } = splitBlocks(normalizeText(body));
  return [
    ...blocks,
    ...footnotes.map((note) => `${toSuperscript(String(note.number))} ${note.text}`),
  ];
}

function isHeadingBlock(block: string): boolean {
  return (
    block.length < 120 &&
    !/[.;:,?]$/.test(block) &&
    !LETTER_ITEM.test(block) &&
    !FOOTNOTE.test(block)
  );
}

function superscriptNumber(marker: string): number {
  return [...marker].reduce((value, char) => value * 10 + SUPERSCRIPTS.indexOf(char), 0);
}

export function makeMarkdown(text: string): string {
  return blocksOf(text)
    .map((block) => {
      if (isHeadingBlock(block)) return `## ${block}`;
      if (LETTER_ITEM.test(block)) return `- ${block}`;
      return block.replace(/\$/g, '\\$').replace(/\*/g, '\\*');
    })
    .join('\n\n');
}

// A superscript the text gives no footnote for (a real page's mis-encoded apostrophe,
// "President¹s Summary") stays text: a reference to a missing footnote is no Word document.
function runsWithFootnotes(
  block: string,
  notes: ReadonlySet<number>,
): (TextRun | FootnoteReferenceRun)[] {
  return block
    .split(/([¹²³⁴⁵⁶⁷⁸⁹⁰]+)/)
    .map((part, index) =>
      index % 2 === 1 && notes.has(superscriptNumber(part))
        ? new FootnoteReferenceRun(superscriptNumber(part))
        : new TextRun(part),
    );
}

/** DOCX with real Word footnotes; with `wordLists`, lettered items use Word's own numbering. */
export async function makeDocx(
  text: string,
  options: { wordLists?: boolean; title?: boolean } = {},
): Promise<Uint8Array> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const children: Paragraph[] = [];
  let list = 0;
  let inList: 'letters' | 'romans' | null = null;
  const notes = new Set(
    blocksOf(text).flatMap((block) => {
      const number = FOOTNOTE.exec(block)?.[1];
      return number ? [superscriptNumber(number)] : [];
    }),
  );
  for (const [index, block] of blocksOf(text).entries()) {
    const footnote = FOOTNOTE.exec(block);
    // "(i)", "(ii)" under a lettered item are its sub-items: written as they are, inside the list.
    const romanInList = inList === 'letters' && ROMAN_ITEM.test(block);
    // A list that opens with "(i)" is a roman list, numbered by Word as one.
    const roman =
      options.wordLists === true &&
      (inList === 'romans' ? ROMAN_ITEM.test(block) : inList === null && /^\(?i\)\s/.test(block));
    const item = romanInList ? null : roman ? ROMAN_LIST_ITEM.exec(block) : LETTER_ITEM.exec(block);
    if (romanInList) {
      children.push(
        new Paragraph({ children: runsWithFootnotes(block, notes), indent: { left: 720 } }),
      );
      continue;
    }
    if (options.title && index === 0) {
      children.push(new Paragraph({ text: block, heading: HeadingLevel.TITLE }));
    } else if (footnote?.[1] && footnote[2] !== undefined) {
      footnotes[superscriptNumber(footnote[1])] = { children: [new Paragraph(footnote[2])] };
    } else if (options.wordLists && item?.[2] !== undefined) {
      const kind = roman ? 'romans' : 'letters';
      // A list that resumes after a sub-heading ("(c)" under "Panel 2") continues Word's
      // numbering; one that opens at "(a)" or "(i)" starts it again.
      const resumes = list > 0 && item[1] !== 'a' && item[1] !== 'i';
      if (inList !== kind && !resumes) list += 1;
      children.push(
        new Paragraph({
          children: runsWithFootnotes(item[2], notes),
          numbering: { reference: kind, level: 0, instance: list },
        }),
      );
    } else if (isHeadingBlock(block)) {
      children.push(new Paragraph({ text: block, heading: HeadingLevel.HEADING_2 }));
    } else {
      children.push(
        new Paragraph({ children: runsWithFootnotes(block, notes), spacing: { after: 120 } }),
      );
    }
    inList = options.wordLists === true && item !== null ? (roman ? 'romans' : 'letters') : null;
  }
  const format = /^\([a-z]\)/m.test(normalizeText(tableRowsAsFields(text))) ? '(%1)' : '%1)';
  const level = (lowerFormat: (typeof LevelFormat)[keyof typeof LevelFormat]) => ({
    level: 0,
    format: lowerFormat,
    text: format,
    alignment: AlignmentType.LEFT,
  });
  const document = new Document({
    numbering: {
      config: [
        { reference: 'letters', levels: [level(LevelFormat.LOWER_LETTER)] },
        { reference: 'romans', levels: [level(LevelFormat.LOWER_ROMAN)] },
      ],
    },
    footnotes,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export interface PdfOptions {
  userPassword?: string;
  /** Printed as the running header and in the footer, as on UN documents. */
  symbol?: string;
  jobNumber?: string;
  /** Sets the first block as a title, larger than the text (the way a note's theme often is). */
  title?: boolean;
}

/** A typeset PDF with running header, job number and page numbers on every page. */
export function makePdf(text: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 72,
    bufferPages: true,
    userPassword: options.userPassword,
    pdfVersion: options.userPassword ? '1.7' : '1.3',
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) =>
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  for (const [index, block] of blocksOf(text).entries()) {
    const heading = isHeadingBlock(block);
    const footnote = FOOTNOTE.test(block);
    const title = options.title === true && index === 0;
    pdf.font(heading ? 'Times-Bold' : 'Times-Roman').fontSize(title ? 16 : footnote ? 9 : 11);
    pdf.text(block, { align: 'left', indent: LETTER_ITEM.test(block) ? 24 : 0, paragraphGap: 8 });
  }
  const range = pdf.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    pdf.switchToPage(index);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // drawing in the margin must not start a new page
    pdf.font('Times-Roman').fontSize(9);
    if (options.symbol) pdf.text(options.symbol, 72, 40, { lineBreak: false });
    pdf.text(
      `${options.jobNumber ?? '21-04201'}    ${index + 1}/${range.count}`,
      72,
      pdf.page.height - 45,
      { lineBreak: false },
    );
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}

async function main(
  source: string,
  outDir: string,
  title: boolean,
  symbol: string | undefined,
): Promise<void> {
  const text = readFileSync(source, 'utf8');
  const name = basename(source).replace(/\.[^.]+$/, '');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${name}.md`), makeMarkdown(text));
  writeFileSync(join(outDir, `${name}.docx`), await makeDocx(text, { title }));
  writeFileSync(
    join(outDir, `${name}.pdf`),
    await makePdf(text, { title, ...(symbol ? { symbol } : {}) }),
  );
  process.stdout.write(`wrote ${name}.md, .docx and .pdf to ${outDir}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const title = args.includes('--title');
  const symbolAt = args.indexOf('--symbol');
  const symbol = symbolAt >= 0 ? args[symbolAt + 1] : undefined;
  const [source, outDir] = args.filter(
    (arg, i) => arg !== '--title' && (symbolAt < 0 || (i !== symbolAt && i !== symbolAt + 1)),
  );
  if (!source || !outDir || (symbolAt >= 0 && !symbol)) {
    process.stderr.write('usage: makeFixtures.ts [--title] [--symbol SYMBOL] SOURCE.txt OUT_DIR\n');
    process.exit(2);
  }
  await main(source, outDir, title, symbol);
}
