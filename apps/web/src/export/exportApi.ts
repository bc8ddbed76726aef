// Export addresses and the submission pack: the statement as the UN asks for it, with
// the cover e-mail the concept note calls for.
import { SubmissionPack } from '@plenary/api';
import type { ExportFormat } from '@plenary/api/requests';
import { apiCall } from '../api/apiRequest';

export type { ExportFormat } from '@plenary/api/requests';

export const EXPORT_FORMATS: { format: ExportFormat; label: string; note: string }[] = [
  { format: 'docx', label: 'Word (.docx)', note: 'The format the UN asks for' },
  { format: 'pdf', label: 'PDF', note: 'To print or circulate' },
  { format: 'md', label: 'Markdown', note: 'Plain text with headings' },
  { format: 'txt', label: 'Plain text', note: 'For e-mails and speaking notes' },
  { format: 'html', label: 'Web page (.html)', note: 'To publish or paste' },
];

export type { SubmissionPack } from '@plenary/api';

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

export function fetchSubmissionPack(statementId: string): Promise<SubmissionPack> {
  return apiCall(SubmissionPack, `${statementPath(statementId)}/submission-pack`);
}
