// Scores an imported concept note against what a careful reader takes from it, field by
// field. Strings are compared after the normalizations a reader would not notice (whitespace,
// typographic quotes and dashes, a trailing full stop or list semicolon, the case of the first
// letter); anything else, including a value the note does not state, is a miss.

import { normalizeForScore } from '@plenary/un-docs/scoring';

export const SCORED_FIELDS = [
  'symbol',
  'theme',
  'body',
  'meetingDate',
  'meetingTime',
  'presidency',
  'convener',
  'format',
  'objectives',
  'discussionPoints',
  'speakingLimitMinutes',
  'submission',
  'expectedOutcome',
] as const;

export type ScoredField = (typeof SCORED_FIELDS)[number];

/**
 * An expected file: the note's fields, `{ "refused": true }` for a text that is not a note, or
 * `{ "kind": "report" }` for a report read into the reference library (as the corpus scorer has it).
 */
export type Expectation = { refused: true } | { kind: 'report' } | Record<ScoredField, unknown>;

const isReport = (expected: Expectation): expected is { kind: 'report' } =>
  (expected as { kind?: unknown }).kind === 'report';

/** Whether the expectation is of a text not to import as a note (refused, or read as a report). */
export const notANote = (expected: Expectation): boolean =>
  'refused' in expected || isReport(expected);

export interface NoteScore {
  /** Fields that differ; for a refusal that did not happen (or the reverse), the single "refusal". */
  missed: string[];
  fieldsRight: number;
  fieldsTotal: number;
}

function sameString(expected: unknown, actual: unknown): boolean {
  if (expected === null || expected === undefined) return actual === null || actual === undefined;
  return (
    typeof actual === 'string' && normalizeForScore(String(expected)) === normalizeForScore(actual)
  );
}

function sameItems(expected: unknown, actual: unknown): boolean {
  // A reader's `null` and the importer's empty list both say "the note lists none".
  const none = (items: unknown) => items == null || (Array.isArray(items) && items.length === 0);
  if (none(expected) && none(actual)) return true;
  if (!Array.isArray(expected) || !Array.isArray(actual)) return false;
  if (expected.length !== actual.length) return false;
  return expected.every((item: { label: string; text: string }, index) => {
    const other = actual[index] as { label?: unknown; text?: unknown } | undefined;
    return sameString(item.label, other?.label) && sameString(item.text, other?.text);
  });
}

function sameSubmission(expected: unknown, actual: unknown): boolean {
  // A reader's `null` is the same as a submission with neither an address nor a deadline.
  const want = (expected ?? { email: null, deadline: null }) as {
    email: string | null;
    deadline: string | null;
  };
  const got = (actual ?? {}) as { email?: unknown; deadline?: unknown };
  const email = typeof got.email === 'string' ? got.email.toLowerCase() : (got.email ?? null);
  return email === (want.email?.toLowerCase() ?? null) && (got.deadline ?? null) === want.deadline;
}

function sameField(field: ScoredField, expected: unknown, actual: unknown): boolean {
  switch (field) {
    case 'objectives':
    case 'discussionPoints':
      return sameItems(expected, actual);
    case 'submission':
      return sameSubmission(expected, actual);
    case 'speakingLimitMinutes':
      return (actual ?? null) === expected;
    default:
      return sameString(expected, actual);
  }
}

/**
 * `actual` is the imported document, or the error the import threw. A refusal is right iff
 * the import threw a DocumentReadError.
 */
export function scoreNote(
  expected: Expectation,
  actual: Record<string, unknown> | Error,
  isReadError: (error: Error) => boolean,
): NoteScore {
  if (isReport(expected)) {
    const right = !(actual instanceof Error) && actual.kind === 'report';
    return { missed: right ? [] : ['report'], fieldsRight: right ? 1 : 0, fieldsTotal: 1 };
  }
  if ('refused' in expected) {
    // Refused as a concept note: the import threw, or read the text as another kind (a report
    // goes to the reference library, not into the meeting's fields).
    const right = actual instanceof Error ? isReadError(actual) : actual.kind !== 'concept-note';
    return { missed: right ? [] : ['refusal'], fieldsRight: right ? 1 : 0, fieldsTotal: 1 };
  }
  // A refusal or a text read as a report imports none of the note; a field the importer
  // does not know yet (convener) counts as null.
  const missed =
    actual instanceof Error || actual.kind !== 'concept-note'
      ? [...SCORED_FIELDS]
      : SCORED_FIELDS.filter((field) => !sameField(field, expected[field], actual[field]));
  return {
    missed,
    fieldsRight: SCORED_FIELDS.length - missed.length,
    fieldsTotal: SCORED_FIELDS.length,
  };
}
