// The debate's reference library: background reports split into numbered, citable
// paragraphs, and ranked full-text search over them.
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';
import { uploadFile, type UploadOptions } from '../api/uploadFile';

export interface Reference {
  id: string;
  debateId: string;
  /** "S/2011/552", or null when the document does not print one. */
  symbol: string | null;
  title: string;
  /** Date of issue, "YYYY-MM-DD". */
  date: string | null;
  fileName: string;
  paragraphCount: number;
  uploadedBy: string;
  createdAt: string;
}

export type ReferenceDetails = Pick<Reference, 'symbol' | 'title' | 'date'>;

export interface ReferenceParagraph {
  number: number;
  /** The section the paragraph stands under ("II. The changing landscape"). */
  heading: string | null;
  text: string;
}

export interface ReferenceDocument extends Reference {
  paragraphs: ReferenceParagraph[];
  footnotes: { number: number; text: string }[];
}

export interface SearchHit {
  documentId: string;
  symbol: string | null;
  title: string;
  number: number;
  heading: string | null;
  /** The whole paragraph, for quoting. */
  text: string;
  /** An excerpt around the matches, as plain text parts; matched parts are highlighted. */
  snippet: { text: string; match: boolean }[];
  /** "S/2011/552, para. 12" */
  citation: string;
}

const invalid = () =>
  new ApiError('response.invalid', 'The library sent an answer this page cannot read.', 200);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const str = (value: unknown): string => {
  if (typeof value !== 'string') throw invalid();
  return value;
};
const num = (value: unknown): number => {
  if (typeof value !== 'number') throw invalid();
  return value;
};

function parseReference(value: unknown): Reference {
  if (!isRecord(value)) throw invalid();
  return {
    id: str(value.id),
    debateId: str(value.debateId),
    symbol: text(value.symbol),
    title: str(value.title),
    date: text(value.date),
    fileName: text(value.fileName) ?? '',
    paragraphCount: num(value.paragraphCount),
    uploadedBy: text(value.uploadedBy) ?? '',
    createdAt: str(value.createdAt),
  };
}

function parseDocument(value: unknown): ReferenceDocument {
  if (!isRecord(value) || !Array.isArray(value.paragraphs)) throw invalid();
  const footnotes = Array.isArray(value.footnotes) ? value.footnotes : [];
  return {
    ...parseReference(value),
    paragraphs: value.paragraphs.map((p: unknown) => {
      if (!isRecord(p)) throw invalid();
      return { number: num(p.number), heading: text(p.heading), text: str(p.text) };
    }),
    footnotes: footnotes.map((note: unknown) => {
      if (!isRecord(note)) throw invalid();
      return { number: num(note.number), text: str(note.text) };
    }),
  };
}

function parseHit(value: unknown): SearchHit {
  if (!isRecord(value) || !Array.isArray(value.snippet)) throw invalid();
  return {
    documentId: str(value.documentId),
    symbol: text(value.symbol),
    title: str(value.title),
    number: num(value.number),
    heading: text(value.heading),
    text: str(value.text),
    snippet: value.snippet.map((part: unknown) => {
      if (!isRecord(part)) throw invalid();
      return { text: str(part.text), match: part.match === true };
    }),
    citation: str(value.citation),
  };
}

const debatePath = (debateId: string) => `/debates/${encodeURIComponent(debateId)}/references`;
const referencePath = (id: string) => `/references/${encodeURIComponent(id)}`;
const listOf = (payload: unknown, key: string): unknown[] => {
  const list = isRecord(payload) ? payload[key] : undefined;
  if (!Array.isArray(list)) throw invalid();
  return list;
};

export const referencesApi = {
  async list(debateId: string, signal?: AbortSignal): Promise<Reference[]> {
    return listOf(await apiRequest(debatePath(debateId), { signal }), 'references').map(
      parseReference,
    );
  },

  async upload(debateId: string, file: File, options?: UploadOptions): Promise<Reference> {
    const payload = await uploadFile(debatePath(debateId), file, options);
    return parseReference(isRecord(payload) ? payload.reference : undefined);
  },

  async get(id: string, signal?: AbortSignal): Promise<ReferenceDocument> {
    const payload = await apiRequest(referencePath(id), { signal });
    return parseDocument(isRecord(payload) ? payload.reference : undefined);
  },

  /** Corrects what the importer read: the symbol, title and date that citations use. */
  async update(id: string, details: ReferenceDetails): Promise<Reference> {
    const payload = await apiRequest(referencePath(id), { method: 'PATCH', body: details });
    return parseReference(isRecord(payload) ? payload.reference : undefined);
  },

  async remove(id: string): Promise<void> {
    await apiRequest(referencePath(id), { method: 'DELETE' });
  },

  async search(debateId: string, query: string, signal?: AbortSignal): Promise<SearchHit[]> {
    const path = `${debatePath(debateId)}/search?q=${encodeURIComponent(query)}`;
    return listOf(await apiRequest(path, { signal }), 'hits').map(parseHit);
  },
};
