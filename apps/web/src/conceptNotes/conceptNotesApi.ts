// Concept-note import: a preview that saves nothing, then the reviewed version applied
// in one step; and the debate's labelled objectives and discussion points.
import { ConceptNotePreview, DebatePoints } from '@plenary/api';
import type { ConfirmConceptNoteBody, RequestBody } from '@plenary/api/requests';
import * as z from 'zod/mini';
import { apiCall, parsed } from '../api/apiRequest';
import { uploadFile, type UploadOptions } from '../api/uploadFile';

export type { ConceptNote, ConceptNotePreview, DebatePoints, LabelledText } from '@plenary/api';

/** The reviewed import as the confirmation sends it; in `fields`, null clears. */
export type ConfirmedImport = RequestBody<typeof ConfirmConceptNoteBody>;
export type ImportedFields = ConfirmedImport['fields'];

const debatePath = (debateId: string) => `/debates/${encodeURIComponent(debateId)}`;

export const conceptNotesApi = {
  async preview(
    debateId: string | null,
    file: File,
    options?: UploadOptions,
    asConceptNote = false,
  ): Promise<ConceptNotePreview> {
    // Without a debate: the first step of "New debate", which is created on confirmation.
    const path = debateId
      ? `${debatePath(debateId)}/concept-note/preview`
      : '/concept-notes/preview';
    // After a refusal, the organizer may ask for the same file to be read as a note anyway.
    const query = asConceptNote ? '?as=concept-note' : '';
    const payload = await uploadFile(`${path}${query}`, file, options);
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
