// Concept-note import: a preview that saves nothing, then the reviewed version applied
// in one step; and the debate's labelled objectives and discussion points.
import { ConceptNotePreview, DebatePoints } from '@plenary/api';
import * as z from 'zod/mini';
import { apiCall, parsed } from '../api/apiRequest';
import { uploadFile, type UploadOptions } from '../api/uploadFile';

export type { ConceptNote, ConceptNotePreview, DebatePoints, LabelledText } from '@plenary/api';

/** The debate's fields as the confirmation sends them: null clears, theme is required. */
export interface ImportedFields {
  theme: string;
  body: string | null;
  meetingDate: string | null;
  meetingTime: string | null;
  presidency: string | null;
  convener: string | null;
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
    return parsed(z.object({ preview: ConceptNotePreview }), payload).preview;
  },

  async confirm(debateId: string, input: ConfirmedImport): Promise<DebatePoints> {
    const path = `${debatePath(debateId)}/concept-note`;
    return apiCall(DebatePoints, path, { method: 'POST', body: input });
  },

  async points(debateId: string, signal?: AbortSignal): Promise<DebatePoints> {
    return apiCall(DebatePoints, `${debatePath(debateId)}/points`, { signal });
  },
};
