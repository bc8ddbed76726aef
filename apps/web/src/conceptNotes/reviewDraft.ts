// The review form's working copy of an import: every field as the person sees and edits
// it, where each value came from, and the checks made before anything is sent.
import type { Debate } from '../debates/debatesApi';
import type { ConceptNote, ImportedFields, LabelledText } from './conceptNotesApi';

/** The debate's fields a concept note states: those the two share, and the submission's. */
export type FieldName =
  | Extract<keyof ConceptNote, keyof ImportedFields>
  | `submission${Capitalize<keyof ConceptNote['submission']>}`;

/** Each field once: the build fails when the schemas gain or lose one. */
export const FIELD_NAMES = Object.keys({
  theme: 0,
  body: 0,
  meetingDate: 0,
  meetingTime: 0,
  presidency: 0,
  convener: 0,
  format: 0,
  speakingLimitMinutes: 0,
  submissionEmail: 0,
  submissionDeadline: 0,
  expectedOutcome: 0,
} satisfies Record<FieldName, 0>) as FieldName[];

/**
 * Read from the note; kept from the debate because the note is silent; empty; or, for the
 * presidency, cleared because the note names who convenes a meeting no presidency holds.
 */
export type FieldSource = 'note' | 'debate' | 'none' | 'cleared';

export interface ItemDraft extends LabelledText {
  /** Stable identity of a row while it is edited, moved and removed. */
  key: string;
}

export type ItemKind = 'objectives' | 'discussionPoints';

export interface ReviewDraft {
  values: Record<FieldName, string>;
  sources: Record<FieldName, FieldSource>;
  /** Fields read with low confidence, with the sentence they were read from: check these first. */
  checks: Partial<Record<FieldName, string>>;
  objectives: ItemDraft[];
  discussionPoints: ItemDraft[];
}

let lastKey = 0;
export const newItem = (label = '', text = ''): ItemDraft => ({
  key: `item-${(lastKey += 1)}`,
  label,
  text,
});

function noteValue(note: ConceptNote, name: FieldName): string | number | null {
  if (name === 'submissionEmail') return note.submission.email;
  if (name === 'submissionDeadline') return note.submission.deadline;
  return note[name];
}

/** Below this the importer's reading is a guess from context, and the form says so. */
export const LOW_CONFIDENCE = 0.6;

function checksFor(note: ConceptNote, sources: Record<FieldName, FieldSource>) {
  const checks: Partial<Record<FieldName, string>> = {};
  for (const name of FIELD_NAMES) {
    const confidence = note.confidence[name];
    if (sources[name] === 'note' && confidence !== undefined && confidence < LOW_CONFIDENCE)
      checks[name] = note.sources[name] ?? '';
  }
  return checks;
}

/**
 * The form as first shown: what the note states. Where the note is silent the debate's
 * current value stays (confirming must not quietly erase what the organizer typed
 * earlier); nothing else is filled in.
 */
export function draftFrom(note: ConceptNote, debate: Debate | null): ReviewDraft {
  const values = {} as Record<FieldName, string>;
  const sources = {} as Record<FieldName, FieldSource>;
  for (const name of FIELD_NAMES) {
    const stated = noteValue(note, name);
    const current = debate?.[name] ?? null;
    // An Arria-formula or General Assembly meeting has a convener and no Council presidency:
    // the debate's earlier presidency would be wrong, and the form says it will be cleared.
    const convened = name === 'presidency' && note.convener !== null && note.presidency === null;
    const source: FieldSource = convened
      ? current !== null && current !== ''
        ? 'cleared'
        : 'none'
      : stated !== null && stated !== ''
        ? 'note'
        : current !== null && current !== ''
          ? 'debate'
          : 'none';
    sources[name] = source;
    values[name] = String((source === 'note' ? stated : source === 'debate' ? current : '') ?? '');
  }
  return {
    values,
    sources,
    checks: checksFor(note, sources),
    objectives: note.objectives.map((item) => newItem(item.label, item.text)),
    discussionPoints: note.discussionPoints.map((item) => newItem(item.label, item.text)),
  };
}

/** Element ids, so a problem found on confirmation can move focus to its field. */
export const fieldInputId = (name: FieldName): string => `import-review-${name}`;
export const itemInputId = (key: string, part: 'label' | 'text'): string =>
  `import-review-${key}-${part}`;
