import { decodeMarkup } from '../../text/decodeMarkup.js';

// The outline a source states outright: Markdown "#" headings, which the DOCX reader also
// writes for Word's Title and Heading styles and the PDF reader for lines set in a larger
// size. Returns each heading's words (as normalization leaves them) with its level.

const MARKED = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/;

export function markedHeadings(raw: string): Map<string, number> {
  const headings = new Map<string, number>();
  for (const line of raw.split('\n')) {
    const match = MARKED.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const words = decodeMarkup(match[2]).replace(/\s+/g, ' ').trim();
    if (words !== '' && !headings.has(words)) headings.set(words, match[1].length);
  }
  return headings;
}
