// The organizer's side of a debate's statements: every statement's metadata, and the
// compilation of the submitted ones, built by the server as a background job.
import { JobAnswer, Statement, type ExportJob } from '@plenary/api';
import * as z from 'zod/mini';
import { apiCall } from '../api/apiRequest';

export type { ExportJob } from '@plenary/api';
export type CompilationFormat = 'docx' | 'pdf';

export interface CoveringLetter {
  from: string;
  to: string;
  /** "YYYY-MM-DD" */
  date: string;
  /** Paragraphs separated by blank lines; absent: the server writes the standard letter. */
  text?: string;
}

const debatePath = (id: string) => `/debates/${encodeURIComponent(id)}`;

/** Where the finished compilation downloads (a file, not JSON). */
export function jobDownloadUrl(jobId: string): string {
  return `/api/exports/${encodeURIComponent(jobId)}/download`;
}

export const compilationApi = {
  /** Every statement of the debate the person may see; for organizers, all of them. */
  async statements(debateId: string, signal?: AbortSignal): Promise<Statement[]> {
    const List = z.object({ statements: z.array(Statement) });
    return (await apiCall(List, `${debatePath(debateId)}/statements`, { signal })).statements;
  },

  async start(
    debateId: string,
    format: CompilationFormat,
    coveringLetter: CoveringLetter,
  ): Promise<ExportJob> {
    const body = { format, coveringLetter };
    const path = `${debatePath(debateId)}/compilations`;
    return (await apiCall(JobAnswer, path, { method: 'POST', body })).job;
  },

  async job(jobId: string, signal?: AbortSignal): Promise<ExportJob> {
    return (await apiCall(JobAnswer, `/exports/${encodeURIComponent(jobId)}`, { signal })).job;
  },
};
