export type { DebateDetails, ProseMirrorJSON, StatementExport } from './model/StatementExport.js';
export type {
  CompilationExport,
  CompilationOptions,
  CoveringLetter,
  ExportProgress,
} from './compilation/CompilationExport.js';
export { renderDocx } from './docx/renderDocx.js';
export { renderMarkdown } from './markdown/renderMarkdown.js';
export { renderText } from './text/renderText.js';
export { renderHtml } from './html/renderHtml.js';
export {
  renderSubmissionEmail,
  type SubmissionEmail,
  type SubmissionEmailOptions,
} from './email/renderSubmissionEmail.js';
export { compilationFileName, exportFileName } from './files/exportFileName.js';
export { formatUnDate } from './dates/formatUnDate.js';
export { renderPdf } from './pdf/renderPdf.js';
export { renderCompilationDocx } from './compilation/renderCompilationDocx.js';
export { renderCompilationPdf } from './compilation/renderCompilationPdf.js';
export type {
  AmendmentRowExport,
  AmendmentsCompilationExport,
  OutcomeExportKind,
  OutcomeRevisionExport,
} from './outcome/OutcomeExport.js';
export { outcomeLayout, type LaidOutParagraph } from './outcome/outcomeLayout.js';
export { renderAmendmentsDocx, renderOutcomeDocx } from './outcome/renderOutcomeDocx.js';
export { renderOutcomePdf } from './outcome/renderOutcomePdf.js';
