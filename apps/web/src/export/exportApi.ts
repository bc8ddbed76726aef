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

export type { SubmissionPack } from '@plenary/api';

const statementPath = (id: string) => `/statements/${encodeURIComponent(id)}`;

/** The full text as circulated in writing, or the delivered one without written-only text. */
export type ExportVersion = 'written' | 'delivered';

/** The address that renders the statement in `format` (a file download). */
export function exportUrl(
  statementId: string,
  format: ExportFormat,
  version: ExportVersion = 'written',
  tracked = false,
): string {
  const delivered = version === 'delivered' ? '&version=delivered' : '';
  const suggestions = tracked ? '&suggestions=tracked' : '';
  return `/api${statementPath(statementId)}/export?format=${format}${delivered}${suggestions}`;
}

export function fetchSubmissionPack(statementId: string): Promise<SubmissionPack> {
  return apiCall(SubmissionPack, `${statementPath(statementId)}/submission-pack`);
}
