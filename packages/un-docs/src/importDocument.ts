import type { ConceptNote } from './conceptNotes/ConceptNote.js';
import { parseDocument, type ParseOptions } from './parseDocument.js';
import type { DocumentFormat, ReadDocumentOptions } from './readers/DocumentFormat.js';
import { readDocument } from './readers/readDocument.js';
import type { Report } from './reports/Report.js';

export interface ImportedDocument {
  format: DocumentFormat;
  document: ConceptNote | Report;
}

/**
 * Upload → parsed document in one step; throws DocumentReadError before returning anything,
 * so a caller never stores half an import.
 */
export async function importDocument(
  bytes: Uint8Array,
  options: ReadDocumentOptions & ParseOptions = {},
): Promise<ImportedDocument> {
  const { format, text } = await readDocument(bytes, options);
  return { format, document: parseDocument(text, options) };
}
