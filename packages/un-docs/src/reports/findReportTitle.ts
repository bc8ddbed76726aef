import { isHeading } from '../text/splitBlocks.js';

// A report's title is printed just above the line naming its author ("Report of the
// Secretary-General", "Note by the Secretary-General").

// Round 17: a line that ends with a file's type and size, as a web page lists its documents
// ("Report of the Secretary-General (PDF, 1.2 MB)", "Letter of the President (Word, 48 KB)"),
// is a link to another document, not the line naming this document's author.
// Round t43k: the High Commissioner's reports are often signed by the Office, under the United
// Nations' name ("Report of the Office of the United Nations High Commissioner for Human Rights").
export const AUTHOR_LINE =
  /^(?:(?:Report|Note|Letter)\s+(?:of|by)\s+the\s+(?:(?:Office\s+of\s+the\s+)?(?:United\s+Nations\s+)?High\s+Commissioner|Secretary-General|Secretariat|President|Special Rapporteur|Director-General|Executive Director)|Report of the [\p{L} -]{3,80}(?:Panel|Group|Committee|Commission|Mission|Board))\b(?!.*\((?:PDF|Word|DOCX?|RTF|HTML)\b[^)]*\)\s*$).*$/iu;

export function findReportTitle(blocks: readonly string[]): string | null {
  const authorAt = blocks.findIndex((block) => AUTHOR_LINE.test(block) && block.length < 150);
  if (authorAt <= 0) return null;
  const title = blocks[authorAt - 1] ?? '';
  return isHeading(title) || /[:?]/.test(title) ? title.replace(/[*]+$/, '') : null;
}
