// The server's word-level redline is one run of text with blank lines between paragraphs;
// the page shows paragraphs, so the parts are cut at those blank lines. A paragraph break
// that was itself added or removed keeps a pilcrow in its colour, as Word shows it.
import type { RedlinePart } from './versionsApi';

const PARAGRAPH_BREAK = /\n\n+/;

export function redlineParagraphs(parts: readonly RedlinePart[]): RedlinePart[][] {
  const paragraphs: RedlinePart[][] = [[]];
  for (const part of parts) {
    const pieces = part.text.split(PARAGRAPH_BREAK);
    pieces.forEach((piece, index) => {
      const current = paragraphs[paragraphs.length - 1];
      if (index > 0) {
        if (part.kind !== 'equal') current?.push({ kind: part.kind, text: '¶' });
        paragraphs.push([]);
      }
      if (piece) paragraphs[paragraphs.length - 1]?.push({ kind: part.kind, text: piece });
    });
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

/** Words added and removed, for the summary above the redline. */
export function countChangedWords(parts: readonly RedlinePart[]): {
  inserted: number;
  deleted: number;
} {
  let inserted = 0;
  let deleted = 0;
  for (const part of parts) {
    const words = part.text.split(/\s+/).filter(Boolean).length;
    if (part.kind === 'insert') inserted += words;
    if (part.kind === 'delete') deleted += words;
  }
  return { inserted, deleted };
}
