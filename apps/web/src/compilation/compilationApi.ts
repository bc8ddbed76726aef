// The organizer's side of a debate's statements: every statement's metadata, and the
// compilation of the submitted ones, built by the server as a background job.
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';
import { parseStatement, type Statement } from '../api/statementsApi';

export type CompilationFormat = 'docx' | 'pdf';

export interface CoveringLetter {
  from: string;
  to: string;
  /** "YYYY-MM-DD" */
  date: string;
  /** Paragraphs separated by blank lines; absent: the server writes the standard letter. */
  text?: string;
}

export interface ExportJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  /** Annexes written so far; `total` is the annexes plus assembling the file. */
  done: number;
  total: number;
  fileName: string | null;
  error: string | null;
}

const STATUSES: readonly unknown[] = ['running', 'done', 'failed'];
const invalid = () =>
  new ApiError('response.invalid', 'The progress of the compilation could not be read.', 200);

/** Parses a job as the server sends it (REST or the `export:progress` event). */
export function parseJob(value: unknown): ExportJob {
  if (!isRecord(value) || typeof value.id !== 'string' || !STATUSES.includes(value.status)) {
    throw invalid();
  }
  const number = (field: unknown) => (typeof field === 'number' && field >= 0 ? field : 0);
  return {
    id: value.id,
    status: value.status as ExportJob['status'],
    done: number(value.done),
    total: number(value.total),
    fileName: typeof value.fileName === 'string' ? value.fileName : null,
    error: typeof value.error === 'string' ? value.error : null,
  };
}

const jobOf = (payload: unknown): ExportJob => parseJob(isRecord(payload) ? payload.job : null);
const debatePath = (id: string) => `/debates/${encodeURIComponent(id)}`;

/** Where the finished compilation downloads (a file, not JSON). */
export function jobDownloadUrl(jobId: string): string {
  return `/api/exports/${encodeURIComponent(jobId)}/download`;
}

export const compilationApi = {
  /** Every statement of the debate the person may see; for organizers, all of them. */
  async statements(debateId: string, signal?: AbortSignal): Promise<Statement[]> {
    const payload = await apiRequest(`${debatePath(debateId)}/statements`, { signal });
    const list = isRecord(payload) ? payload.statements : undefined;
    if (!Array.isArray(list)) {
      throw new ApiError('response.invalid', 'The list of statements could not be read.', 200);
    }
    return list.map(parseStatement);
  },

  async start(
    debateId: string,
    format: CompilationFormat,
    coveringLetter: CoveringLetter,
  ): Promise<ExportJob> {
    const body = { format, coveringLetter };
    return jobOf(
      await apiRequest(`${debatePath(debateId)}/compilations`, { method: 'POST', body }),
    );
  },

  async job(jobId: string, signal?: AbortSignal): Promise<ExportJob> {
    return jobOf(await apiRequest(`/exports/${encodeURIComponent(jobId)}`, { signal }));
  },
};
