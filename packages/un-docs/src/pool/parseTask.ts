// What crosses the thread boundary between the server and a parsing worker. Errors travel as
// plain data: a thrown DocumentReadError would lose its code on the way.
import type { ConceptNote } from '../conceptNotes/ConceptNote.js';
import type { DocumentReadErrorCode } from '../errors/DocumentReadError.js';
import type { DocumentFormat } from '../readers/DocumentFormat.js';
import type { Report } from '../reports/Report.js';

export interface ParseTask {
  bytes: Uint8Array;
  fileName: string | undefined;
  maxBytes: number | undefined;
  /** Read as a concept note whatever it looks like (parseDocument's ParseOptions). */
  asConceptNote: boolean;
}

export type ParseOutcome =
  | { ok: true; format: DocumentFormat; text: string; document: ConceptNote | Report }
  | { ok: false; code: DocumentReadErrorCode; message: string };
