import type { FileChild } from 'docx';
import { docxBlocks } from '../docx/docxBlocks.js';
import { packDocx } from '../docx/docxDocument.js';
import { docxLanguage } from '../docx/docxLanguage.js';
import { DocxNotes } from '../docx/DocxNotes.js';
import { DocxNumbering } from '../docx/DocxNumbering.js';
import {
  reportProgress,
  type CompilationExport,
  type CompilationOptions,
} from './CompilationExport.js';
import { compilationPlan } from './compilationPlan.js';
import { statementLayout } from '../header/statementHeader.js';
import {
  docxAnnexByline,
  docxAnnexHeading,
  docxContents,
  docxContributors,
  docxLetter,
} from './docxCompilationParts.js';

/**
 * The compilation as one Word document: covering letter, contributors, contents, then one
 * annex per statement in alphabetical order. Progress counts annexes, plus one for packing.
 */
export async function renderCompilationDocx(
  compilation: CompilationExport,
  options: CompilationOptions = {},
): Promise<Uint8Array> {
  const plan = compilationPlan(compilation);
  const total = plan.annexes.length + 1;
  const notes = new DocxNotes();
  const numbering = new DocxNumbering();
  const children: FileChild[] = [
    ...docxLetter(plan),
    ...docxContributors(plan, numbering),
    ...docxContents(plan),
  ];
  await reportProgress(options.onProgress, 0, total);
  for (const [index, annex] of plan.annexes.entries()) {
    const { blocks, header, bylineIsOwn } = statementLayout(annex.statement);
    children.push(docxAnnexHeading(annex, index));
    if (bylineIsOwn) children.push(...docxAnnexByline(header));
    const language = docxLanguage(annex.statement.language);
    children.push(...docxBlocks(blocks, { notes, numbering, headingOffset: 1, language }));
    await reportProgress(options.onProgress, index + 1, total);
  }
  const bytes = await packDocx({
    title: plan.letterTitle,
    subject: `Compilation of ${plan.annexes.length} statements`,
    children,
    notes,
    numbering,
    updateFields: true,
  });
  options.onProgress?.(total, total);
  return bytes;
}
