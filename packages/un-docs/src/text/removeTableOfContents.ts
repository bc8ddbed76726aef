// A report's table of contents repeats its headings with paragraph ranges and page numbers;
// left in, those lines would be read as headings or numbered paragraphs.

const CONTENTS_TITLE = /^\s*(?:table of )?contents\s*$/i;
const COLUMN_TITLES = /^\s*(?:paragraphs?)?\s*(?:pages?)\s*$/i;
/** "I. Introduction  1–5  3", "Annex  ....... 20", "B. Capacity\t85–86\t17". */
const ENTRY =
  /(?:\s|\t)\d{1,3}(?:\s*[–-]\s*\d{1,3})?(?:\s+|\t)\d{1,3}\s*$|(?:\.\s?){4,}\s*\d{1,3}\s*$|\t\s*\d{1,3}\s*$/;

function isEntry(line: string): boolean {
  const plain = line.replace(/<\/?i>/gi, '');
  return ENTRY.test(plain) || COLUMN_TITLES.test(plain);
}

export function removeTableOfContents(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let inContents = false;
  for (const line of lines) {
    if (CONTENTS_TITLE.test(line)) {
      inContents = true;
      continue;
    }
    if (inContents) {
      if (line.trim() === '' || isEntry(line)) continue;
      inContents = false;
    }
    kept.push(line);
  }
  return kept;
}
