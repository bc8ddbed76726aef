// Export addresses and the submission pack: the statement as the UN asks for it, with
// the cover e-mail the concept note calls for.
import { ApiError } from '../api/ApiError';
import { apiRequest, isRecord } from '../api/apiRequest';

export type ExportFormat = 'docx' | 'pdf' | 'md' | 'txt' | 'html';

export const EXPORT_FORMATS: { format: ExportFormat; label: string; note: string }[] = [
  { format: 'docx', label: 'Word (.docx)', note: 'The format the UN asks for' },
  { format: 'pdf', label: 'PDF', note: 'To print or circulate' },
  { format: 'md', label: 'Markdown', note: 'Plain text with headings' },
  { format: 'txt', label: 'Plain text', note: 'For e-mails and speaking notes' },
  { format: 'html', label: 'Web page (.html)', note: 'To publish or paste' },
];

export interface SubmissionPack {
  email: { to: string; subject: string; body: string };
  /** Where the statement's DOCX is downloaded. */
  docxUrl: string;
  /** The file name the DOCX downloads as, when the server says. */
  attachment: string | null;
  /** The concept note's deadline for written statements, "YYYY-MM-DD". */
  deadline: string | null;
}

const statementPath = (id: string) => `/statements/${encodeURIComponent(id)}`;

/** The full text as circulated in writing, or the delivered one without written-only text. */
export type ExportVersion = 'written' | 'delivered';

/** The address that renders the statement in `format` (a file download). */
export function exportUrl(
  statementId: string,
  format: ExportFormat,
  version: ExportVersion = 'written',
): string {
  const delivered = version === 'delivered' ? '&version=delivered' : '';
  return `/api${statementPath(statementId)}/export?format=${format}${delivered}`;
}

export async function fetchSubmissionPack(statementId: string): Promise<SubmissionPack> {
  const payload = await apiRequest(`${statementPath(statementId)}/submission-pack`);
  const email = isRecord(payload) && isRecord(payload.email) ? payload.email : null;
  if (
    !isRecord(payload) ||
    !email ||
    typeof payload.docxUrl !== 'string' ||
    typeof email.subject !== 'string' ||
    typeof email.body !== 'string'
  ) {
    throw new ApiError('response.invalid', 'The submission pack could not be read.', 200);
  }
  return {
    email: {
      to: typeof email.to === 'string' ? email.to : '',
      subject: email.subject,
      body: email.body,
    },
    docxUrl: payload.docxUrl,
    attachment: typeof payload.attachment === 'string' ? payload.attachment : null,
    deadline: typeof payload.deadline === 'string' ? payload.deadline : null,
  };
}
