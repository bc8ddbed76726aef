import type { ConceptNote, LabeledItem, NoteField, Submission } from './ConceptNote.js';
import { joinActors } from './cues/actorList.js';
import type { Candidate } from './cues/Candidate.js';
import type { Meeting } from './findMeeting.js';

// Collects, field by field, how sure the parser is and which sentence it read, and says
// what a partial import lacks.

const HEADER_FIELDS: readonly NoteField[] = [
  'theme',
  'body',
  'meetingDate',
  'meetingTime',
  'format',
];
const LABELS: Record<NoteField, string> = {
  theme: 'theme',
  body: 'body',
  meetingDate: 'date',
  meetingTime: 'time',
  presidency: 'presidency',
  convener: 'convener',
  format: 'format',
  speakingLimitMinutes: 'speaking limit',
  submissionEmail: 'submission address',
  submissionDeadline: 'submission deadline',
  expectedOutcome: 'expected outcome',
  objectives: 'objectives',
  discussionPoints: 'discussion points',
};

type Evidence = Pick<ConceptNote, 'confidence' | 'sources' | 'missing' | 'notice'>;

/**
 * How the text was taken for a note: `stated` when it presents itself as one or announces its
 * meeting as the kind rules read it; `leaning` when it was imported only because it names one
 * meeting and is positively nothing else (round 34k, cues/leaningToNote.ts); `asked` when the
 * organizer asked for it to be read as a note although it did not read as one (session 19).
 */
export type KindEvidence = 'stated' | 'leaning' | 'asked';

// Round 34k: a note taken on leaning evidence (or, since session 19, because the organizer asked)
// has every field highlighted (below the review form's 0.6), since the kind itself is a guess.
const LEANING_CONFIDENCE = 0.55;

// Session 26 (docs/importing.md, "Confidence calibrated a fourth time"): questions read as the
// discussion points without a heading above them were right in 20 of 23 texts of the third to
// fifteenth holdouts as read before tuning (7 of 7 on the thirteenth to fifteenth), the three
// wrong being lists missing some of their items; 0.6, not highlighted, under a heading's 0.85.
const UNHEADED_POINTS_CONFIDENCE = 0.6;
// Session 26: an address for statements found without a deadline was wrong in 3 of 5 texts of
// the third to fifteenth holdouts as read before tuning (two deadlines missed beside it, one
// address for replies to an invitation); highlighted, so the submission part is checked.
const ADDRESS_ALONE_CONFIDENCE = 0.58;

export class NoteEvidence {
  private readonly confidence: Partial<Record<NoteField, number>> = {};
  private readonly sources: Partial<Record<NoteField, string>> = {};

  constructor(private readonly kind: KindEvidence = 'stated') {}

  take<T>(field: NoteField, candidate: Candidate<T> | null): T | null {
    if (!candidate) return null;
    this.confidence[field] = Math.round(candidate.confidence * 100) / 100;
    if (candidate.source !== '') this.sources[field] = candidate.source;
    return candidate.value;
  }

  meeting(field: NoteField, value: string | null, meeting: Meeting): string | null {
    if (value === null) return null;
    this.confidence[field] = Math.round(meeting.confidence * 100) / 100;
    if (meeting.source) this.sources[field] = meeting.source;
    return value;
  }

  lists(
    objectives: readonly LabeledItem[],
    points: readonly LabeledItem[],
    sectioned: boolean,
  ): void {
    if (objectives.length > 0) this.confidence.objectives = 0.85;
    if (points.length > 0)
      this.confidence.discussionPoints = sectioned ? 0.85 : UNHEADED_POINTS_CONFIDENCE;
  }

  submission({ email, deadline }: Submission): void {
    if (email) this.confidence.submissionEmail = deadline ? 0.8 : ADDRESS_ALONE_CONFIDENCE;
    if (deadline) this.confidence.submissionDeadline = 0.7;
  }

  report(note: Pick<ConceptNote, (NoteField & keyof ConceptNote) | 'discussionPoints'>): Evidence {
    const missing = HEADER_FIELDS.filter((field) => note[field as keyof typeof note] === null);
    const headerless = note.theme === null && note.meetingDate === null;
    const toFill = joinActors(missing.map((field) => LABELS[field]));
    if (this.kind !== 'stated') return this.guessed(missing, toFill);
    const notice =
      headerless && note.discussionPoints.length > 0
        ? `No meeting header was found, so only the discussion points were read. Fill in the ${toFill} before confirming.`
        : null;
    return { confidence: this.confidence, sources: this.sources, missing, notice };
  }

  /** The kind itself is a guess: every field highlighted, and the notice says why it was read. */
  private guessed(missing: NoteField[], toFill: string): Evidence {
    const confidence = Object.fromEntries(
      Object.entries(this.confidence).map(([field, level]) => [
        field,
        Math.min(level, LEANING_CONFIDENCE),
      ]),
    );
    const fill = missing.length > 0 ? ` Fill in the ${toFill} before confirming.` : '';
    const why =
      this.kind === 'asked'
        ? 'it was read as one because you asked'
        : 'it was read as one because it names a meeting';
    const notice = `This text does not present itself as a concept note; ${why}. Check every field against it.${fill}`;
    return { confidence, sources: this.sources, missing, notice };
  }
}
