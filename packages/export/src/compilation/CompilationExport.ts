import type { DebateDetails, StatementExport } from '../model/StatementExport.js';

// The organizer's compilation of submitted statements, as the UN issues them
// (e.g. S/2020/736): a covering letter, the contributors, then one annex per statement.

export interface CoveringLetter {
  /** "the President of the Security Council" */
  from: string;
  /** "the Secretary-General" */
  to: string;
  /** YYYY-MM-DD */
  date: string;
  /** The letter's own text, paragraphs separated by blank lines; absent → a standard text. */
  text?: string | null;
}

export interface CompilationExport {
  debate: DebateDetails;
  coveringLetter: CoveringLetter;
  statements: StatementExport[];
}

/** Called after each annex and once more when the file is assembled (done === total). */
export type ExportProgress = (done: number, total: number) => void;

export interface CompilationOptions {
  onProgress?: ExportProgress;
}

/**
 * Reports progress, then yields to the event loop so a server can push the update to the
 * browser (and serve other requests) while a long compilation is being built.
 */
export async function reportProgress(
  onProgress: ExportProgress | undefined,
  done: number,
  total: number,
): Promise<void> {
  onProgress?.(done, total);
  await new Promise<void>((resolve) => setImmediate(resolve));
}
