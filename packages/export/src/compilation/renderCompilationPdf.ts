import { NoteList } from '../content/NoteList.js';
import { pdfBlocks, pdfNotes } from '../pdf/pdfBlocks.js';
import { PdfWriter } from '../pdf/PdfWriter.js';
import {
  reportProgress,
  type CompilationExport,
  type CompilationOptions,
} from './CompilationExport.js';
import { compilationPlan } from './compilationPlan.js';
import { statementLayout } from '../header/statementHeader.js';
import {
  currentPage,
  fillContents,
  pdfAnnexHeading,
  pdfContents,
  pdfContributors,
  pdfLetter,
} from './pdfCompilationParts.js';

/**
 * The compilation as one PDF: covering letter, contributors, contents with page numbers
 * and links, one annex per statement on a new page (each also a bookmark in the outline).
 */
export async function renderCompilationPdf(
  compilation: CompilationExport,
  options: CompilationOptions = {},
): Promise<Uint8Array> {
  const plan = compilationPlan(compilation);
  const total = plan.annexes.length + 1;
  const writer = new PdfWriter({ title: plan.letterTitle, subject: 'Compilation of statements' });
  pdfLetter(writer, plan);
  pdfContributors(writer, plan);
  const slots = pdfContents(writer, plan);
  await reportProgress(options.onProgress, 0, total);
  const pages: number[] = [];
  for (const [index, annex] of plan.annexes.entries()) {
    const { blocks, header, bylineIsOwn } = statementLayout(annex.statement);
    pdfAnnexHeading(writer, annex, index, bylineIsOwn ? header : null);
    pages.push(currentPage(writer));
    // Each statement keeps its language: its fonts, and right to left for Arabic.
    writer.setLanguage(annex.statement.language);
    const context = { writer, notes: new NoteList() };
    pdfBlocks(blocks, context);
    pdfNotes(context);
    writer.setLanguage('en');
    await reportProgress(options.onProgress, index + 1, total);
  }
  fillContents(writer, slots, pages);
  const bytes = await writer.finish();
  options.onProgress?.(total, total);
  return bytes;
}
