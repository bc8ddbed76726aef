// Export addresses and the submission pack: the statement as the UN asks for it, with
// the cover e-mail the concept note calls for.
import { SubmissionPack } from '@plenary/api';
import type { ExportFormat } from '@plenary/api/requests';
import { apiCall } from '../api/apiRequest';
import { t } from '../i18n/messages/exports';

export type { ExportFormat } from '@plenary/api/requests';

/** The formats offered, in the menu's order; their names are read from the catalogue. */
export const EXPORT_FORMATS: { format: ExportFormat; label: string; note: string }[] = (
  ['docx', 'pdf', 'md', 'txt', 'html'] as const
).map((format) => ({
  format,
  label: t(`formats.${format}`),
  note: t(`formats.${format}Note`),
}));

/** Exports that show suggested changes: Word tracked changes, and the redline PDF. */
export const TRACKED_FORMATS: { format: ExportFormat; label: string; note: string }[] = [
  {
    format: 'docx',
    label: 'Word with tracked changes',
    note: 'Suggestions to accept or reject in Word',
  },
  { format: 'pdf', label: 'PDF redline', note: 'Suggestions coloured, for reading' },
];

export type { SubmissionPack } from '@plenary/api';

const statementPath = (id: string) => `/statements/${encodeURIComponent(id)}`;

/** The address that renders the statement in `format` (a file download). */
export function exportUrl(statementId: string, format: ExportFormat, tracked = false): string {
  const suggestions = tracked ? '&suggestions=tracked' : '';
  return `/api${statementPath(statementId)}/export?format=${format}${suggestions}`;
}

export function fetchSubmissionPack(statementId: string): Promise<SubmissionPack> {
  return apiCall(SubmissionPack, `${statementPath(statementId)}/submission-pack`);
}
