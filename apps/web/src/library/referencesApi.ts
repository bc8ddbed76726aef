// The debate's reference library: background reports split into numbered, citable
// paragraphs, and ranked full-text search over them.
import { Reference, ReferenceDocument, SearchHit } from '@plenary/api';
import * as z from 'zod/mini';
import { apiCall, apiRequest, parsed } from '../api/apiRequest';
import { uploadFile, type UploadOptions } from '../api/uploadFile';

export type { Reference, ReferenceDocument, SearchHit } from '@plenary/api';
export type ReferenceParagraph = ReferenceDocument['paragraphs'][number];
export type ReferenceDetails = Pick<Reference, 'symbol' | 'title' | 'date'>;

const debatePath = (debateId: string) => `/debates/${encodeURIComponent(debateId)}/references`;
const referencePath = (id: string) => `/references/${encodeURIComponent(id)}`;
export const referencesApi = {
  async list(debateId: string, signal?: AbortSignal): Promise<Reference[]> {
    const List = z.object({ references: z.array(Reference) });
    return (await apiCall(List, debatePath(debateId), { signal })).references;
  },

  async upload(debateId: string, file: File, options?: UploadOptions): Promise<Reference> {
    const One = z.object({ reference: Reference });
    return parsed(One, await uploadFile(debatePath(debateId), file, options)).reference;
  },

  async get(id: string, signal?: AbortSignal): Promise<ReferenceDocument> {
    const One = z.object({ reference: ReferenceDocument });
    return (await apiCall(One, referencePath(id), { signal })).reference;
  },

  /** Corrects what the importer read: the symbol, title and date that citations use. */
  async update(id: string, details: ReferenceDetails): Promise<Reference> {
    const One = z.object({ reference: Reference });
    return (await apiCall(One, referencePath(id), { method: 'PATCH', body: details })).reference;
  },

  async remove(id: string): Promise<void> {
    await apiRequest(referencePath(id), { method: 'DELETE' });
  },

  async search(debateId: string, query: string, signal?: AbortSignal): Promise<SearchHit[]> {
    const path = `${debatePath(debateId)}/search?q=${encodeURIComponent(query)}`;
    return (await apiCall(z.object({ hits: z.array(SearchHit) }), path, { signal })).hits;
  },
};
