// What an outcome-document export needs: the text of one revision, optionally its redline
// against the previous revision, and for the compilation the amendments with their fate.

export type OutcomeExportKind =
  'presidential_statement' | 'resolution' | 'chairs_summary' | 'training_outcome';

export interface OutcomeRevisionExport {
  kind: OutcomeExportKind;
  /** "Draft presidential statement", "Draft resolution"… */
  title: string;
  /** The organ or meeting, e.g. "Security Council". */
  body: string | null;
  theme: string;
  /** "Zero draft", "Rev. 1"… */
  revisionName: string;
  /** ISO 8601 date of circulation. */
  circulatedAt: string;
  penholder: string;
  adopted: boolean;
  paragraphs: string[];
  /** Against the previous revision, word by word; the export shows it as tracked changes. */
  redline?: {
    previousName: string;
    parts: { kind: 'equal' | 'insert' | 'delete'; text: string }[];
  };
}

export interface AmendmentRowExport {
  paragraph: number;
  action: 'replace' | 'insert_after' | 'delete';
  proposedText: string;
  justification: string;
  proposer: string;
  supporters: string[];
  objections: string[];
  /** "Accepted", "Accepted as reformulated: …", "Rejected", "Pending". */
  decision: string;
}

export interface AmendmentsCompilationExport {
  title: string;
  theme: string;
  penholder: string;
  rows: AmendmentRowExport[];
}
