// Wording shared by the readers' error messages.

export const ACCEPTED =
  'Upload the document as PDF, Word (.docx), Markdown (.md) or plain text (.txt).';

export function describeFile(fileName: string | undefined): string {
  return fileName ? `“${fileName}”` : 'The file';
}

export function describeSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1
    ? `${megabytes.toFixed(megabytes >= 10 ? 0 : 1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}
