// Concept-note import: a preview that saves nothing, then the reviewed version applied
// in one step; and the debate's labelled objectives and discussion points.
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';
import { uploadFile, type UploadOptions } from '../api/uploadFile';

/** An objective or a discussion point, with the note's own label ("12(a)"). */
export interface LabelledText {
  label: string;
  text: string;
}

export interface DebatePoints {
  objectives: LabelledText[];
  discussionPoints: LabelledText[];
}

/** What the importer read from the note; whatever the note does not state is null. */
export interface ConceptNote {
  symbol: string | null;
  theme: string | null;
  body: string | null;
  meetingDate: string | null;
  meetingTime: string | null;
  presidency: string | null;
  /** Who convenes a meeting not held under the Council presidency ("Estonia and Niger"). */
  convener: string | null;
  format: string | null;
  speakingLimitMinutes: number | null;
  submission: { email: string | null; deadline: string | null };
  expectedOutcome: string | null;
  objectives: LabelledText[];
  discussionPoints: LabelledText[];
  /** How sure the importer is of each field it filled (0–1), by field name. */
  confidence: Record<string, number>;
  /** The sentence each field was read from, by field name. */
  sources: Record<string, string>;
  /** Set for a partial import (points without a meeting header): what to fill in. */
  notice: string | null;
}

export interface ConceptNotePreview {
  fileName: string;
  format: string;
  /** The document's text as read, sent back on confirmation to be kept with the debate. */
  text: string;
  note: ConceptNote;
}

/** The debate's fields as the confirmation sends them: null clears, theme is required. */
export interface ImportedFields {
  theme: string;
  body: string | null;
  meetingDate: string | null;
  meetingTime: string | null;
  presidency: string | null;
  format: string | null;
  speakingLimitMinutes: number | null;
  submissionEmail: string | null;
  submissionDeadline: string | null;
  expectedOutcome: string | null;
}

export interface ConfirmedImport extends DebatePoints {
  fileName: string;
  format: string;
  text: string;
  symbol: string | null;
  fields: ImportedFields;
}

const invalid = () =>
  new ApiError('response.invalid', 'The server sent an answer this page cannot read.', 200);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function items(value: unknown): LabelledText[] {
  if (!Array.isArray(value)) throw invalid();
  return value.map((item: unknown) => {
    if (!isRecord(item) || typeof item.label !== 'string' || typeof item.text !== 'string')
      throw invalid();
    return { label: item.label, text: item.text };
  });
}

/** A record of one kind of value; anything else in it is dropped. */
function recordOf<T>(value: unknown, keep: (item: unknown) => item is T): Record<string, T> {
  const kept: Record<string, T> = {};
  if (!isRecord(value)) return kept;
  for (const [key, item] of Object.entries(value)) if (keep(item)) kept[key] = item;
  return kept;
}
const isNumber = (item: unknown): item is number => typeof item === 'number';
const isString = (item: unknown): item is string => typeof item === 'string';

function parseNote(value: unknown): ConceptNote {
  if (!isRecord(value)) throw invalid();
  const submission = isRecord(value.submission) ? value.submission : {};
  const limit = value.speakingLimitMinutes;
  return {
    symbol: text(value.symbol),
    theme: text(value.theme),
    body: text(value.body),
    meetingDate: text(value.meetingDate),
    meetingTime: text(value.meetingTime),
    presidency: text(value.presidency),
    convener: text(value.convener),
    format: text(value.format),
    speakingLimitMinutes: typeof limit === 'number' ? limit : null,
    submission: { email: text(submission.email), deadline: text(submission.deadline) },
    expectedOutcome: text(value.expectedOutcome),
    objectives: items(value.objectives),
    discussionPoints: items(value.discussionPoints),
    confidence: recordOf(value.confidence, isNumber),
    sources: recordOf(value.sources, isString),
    notice: text(value.notice),
  };
}

function parsePoints(value: unknown): DebatePoints {
  if (!isRecord(value)) throw invalid();
  return { objectives: items(value.objectives), discussionPoints: items(value.discussionPoints) };
}

const debatePath = (debateId: string) => `/debates/${encodeURIComponent(debateId)}`;

export const conceptNotesApi = {
  async preview(
    debateId: string | null,
    file: File,
    options?: UploadOptions,
  ): Promise<ConceptNotePreview> {
    // Without a debate: the first step of "New debate", which is created on confirmation.
    const path = debateId
      ? `${debatePath(debateId)}/concept-note/preview`
      : '/concept-notes/preview';
    const payload = await uploadFile(path, file, options);
    const preview = isRecord(payload) ? payload.preview : undefined;
    if (!isRecord(preview) || typeof preview.text !== 'string') throw invalid();
    return {
      fileName: text(preview.fileName) ?? file.name,
      format: text(preview.format) ?? 'text',
      text: preview.text,
      note: parseNote(preview.note),
    };
  },

  async confirm(debateId: string, input: ConfirmedImport): Promise<DebatePoints> {
    const payload = await apiRequest(`${debatePath(debateId)}/concept-note`, {
      method: 'POST',
      body: input,
    });
    return parsePoints(payload);
  },

  async points(debateId: string, signal?: AbortSignal): Promise<DebatePoints> {
    return parsePoints(await apiRequest(`${debatePath(debateId)}/points`, { signal }));
  },
};
