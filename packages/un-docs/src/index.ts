export type { ConceptNote, LabeledItem, Submission } from './conceptNotes/ConceptNote.js';
export { parseConceptNote } from './conceptNotes/parseConceptNote.js';
export { DocumentReadError, type DocumentReadErrorCode } from './errors/DocumentReadError.js';
export { importDocument, type ImportedDocument } from './importDocument.js';
export { parseDocument, type ParseOptions } from './parseDocument.js';
export {
  DocumentParserPool,
  PARSER_LIMITS,
  type ParsedDocument,
  type ParserPoolOptions,
} from './pool/DocumentParserPool.js';
export { READ_LIMITS } from './readers/limits.js';
export {
  DEFAULT_MAX_BYTES,
  type DocumentFormat,
  type ReadDocumentOptions,
  type ReadDocumentResult,
} from './readers/DocumentFormat.js';
export { readDocument } from './readers/readDocument.js';
export type { Footnote, Report, ReportParagraph } from './reports/Report.js';
export { parseReport } from './reports/parseReport.js';
export { normalizeText } from './text/normalizeText.js';
