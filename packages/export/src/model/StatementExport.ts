import type { StatementLanguage } from '@plenary/statement-model';

// The input every renderer takes: one statement with the debate it was written for.
// The server assembles it from the database and the statement's Yjs document.

/** ProseMirror JSON as produced by `yDocToProsemirrorJSON` (or `Node.toJSON()`). */
export interface ProseMirrorJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorJSON[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** What the export needs to know about the debate (from its concept note). */
export interface DebateDetails {
  theme: string;
  /** "Security Council", "General Assembly"… */
  body: string | null;
  /** YYYY-MM-DD */
  meetingDate: string | null;
  presidency: string | null;
  /** "open debate", "Arria-formula meeting"… */
  format: string | null;
  submissionEmail: string | null;
  /** YYYY-MM-DD (a time may follow: YYYY-MM-DDTHH:mm) */
  submissionDeadline: string | null;
}

export interface StatementExport {
  /** The statement's language (default English): header wording, dates, fonts, direction. */
  language?: StatementLanguage;
  /** "Statement of Viet Nam — open debate 19 April 2021": document metadata and annex title. */
  title: string;
  /** One delegation, or several for a joint statement. */
  delegations: string[];
  debate: DebateDetails;
  /** "H.E. Mr. Dang Dinh Quy, Permanent Representative"; absent → the delegation speaks. */
  speaker?: string | null;
  content: ProseMirrorJSON;
  revision?: number;
  status?: string;
  /**
   * Show suggested changes (Suggesting mode): as Word tracked changes in DOCX, coloured in the
   * PDF. Absent: the clean text, every suggestion left out. `authors` names them by user id.
   */
  suggestions?: { authors: Record<string, string> };
}
