/** A labelled item of a concept note: an objective or a discussion point ("12(a)"). */
export interface LabeledItem {
  /**
   * The label as the note gives it: "12(a)" when the items hang under paragraph 12, "(a)",
   * "1"; bullets and bare questions are numbered by position ("1", "2", …).
   */
  label: string;
  text: string;
}

export interface Submission {
  email: string | null;
  /** "YYYY-MM-DD" */
  deadline: string | null;
}

/** What a concept note states about its meeting; anything it does not state is null. */
export interface ConceptNote {
  kind: 'concept-note';
  symbol: string | null;
  theme: string | null;
  body: string | null;
  /** "YYYY-MM-DD" */
  meetingDate: string | null;
  /** Start time, 24-hour "HH:MM", as given (local time of the meeting). */
  meetingTime: string | null;
  /**
   * The Member State presiding the Security Council, by its official short name; only for a
   * Council meeting held under its presidency (null for Arria-formula meetings and for the
   * other bodies).
   */
  presidency: string | null;
  /**
   * Who convenes a meeting not convened by the Council presidency, as the note names them:
   * "Estonia and Niger", "the President of the General Assembly".
   */
  convener: string | null;
  /** "open debate", "briefing", "Arria-formula meeting", "high-level meeting", … */
  format: string | null;
  objectives: LabeledItem[];
  discussionPoints: LabeledItem[];
  speakingLimitMinutes: number | null;
  submission: Submission;
  /** "presidential statement", "resolution", "Chair's summary", … or the note's own sentence. */
  expectedOutcome: string | null;
  /** How sure the importer is of each field it filled, from 0 to 1 (absent when not found). */
  confidence: Partial<Record<NoteField, number>>;
  /** The sentence or line each field was read from, for the organizer to check. */
  sources: Partial<Record<NoteField, string>>;
  /** Meeting fields the note does not state, for the review form to ask about. */
  missing: NoteField[];
  /** Set when the text had discussion points but no meeting header: what the organizer must fill in. */
  notice: string | null;
}

/** The fields the importer reads with a confidence. */
export type NoteField =
  | 'theme'
  | 'body'
  | 'meetingDate'
  | 'meetingTime'
  | 'presidency'
  | 'convener'
  | 'format'
  | 'speakingLimitMinutes'
  | 'submissionEmail'
  | 'submissionDeadline'
  | 'expectedOutcome'
  | 'objectives'
  | 'discussionPoints';
