// What the server accepts, checked before a byte is sent: refusing a 60 MB scan after
// a minute's upload on a slow connection would waste the person's time.
import { t } from '../i18n/messages/uploads';

/** The server's limit (apps/server uploadBody.ts). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** For the file picker; the server recognizes the type by content, not by the name. */
export const ACCEPTED_FILES = [
  '.txt',
  '.md',
  '.markdown',
  '.docx',
  '.pdf',
  'text/plain',
  'text/markdown',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',');

export const ACCEPTED_DESCRIPTION = t('accepted');

/** "1.4 MB", "820 KB" */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return t('megabytes', { size: Math.round(bytes / (1024 * 102.4)) / 10 });
  return t('kilobytes', { size: Math.max(1, Math.round(bytes / 1024)) });
}

/** Why a file cannot be uploaded, or null when it may be sent. */
export function fileProblem(file: File): string | null {
  if (file.size === 0) return t('empty', { name: file.name });
  if (file.size > MAX_UPLOAD_BYTES) {
    return t('tooLarge', { name: file.name, size: formatBytes(file.size) });
  }
  return null;
}
