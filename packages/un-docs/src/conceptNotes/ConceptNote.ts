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
  /** The Member State presiding, by its official short name. */
  presidency: string | null;
  /** "open debate", "briefing", "Arria-formula meeting", "high-level meeting", … */
  format: string | null;
  objectives: LabeledItem[];
  discussionPoints: LabeledItem[];
  speakingLimitMinutes: number | null;
  submission: Submission;
  /** "presidential statement", "resolution", "Chair's summary", … or the note's own sentence. */
  expectedOutcome: string | null;
}
