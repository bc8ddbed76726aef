const NAMES: Record<string, string> = {
  text: 'Plain text',
  markdown: 'Markdown',
  docx: 'Word document',
  pdf: 'PDF',
};

/** How a document format the server recognized is named to people ("Word document"). */
export function formatName(format: string): string {
  return NAMES[format] ?? format;
}
