// An outcome document read as numbered paragraphs, and the paragraphs an amendment leaves.
import type * as Y from 'yjs';
import { statementText } from './statementText.js';

export type ParagraphAmendment =
  | { action: 'replace'; index: number; text: string }
  | { action: 'insert_after'; index: number; text: string }
  | { action: 'delete'; index: number };

/** The document's non-empty paragraphs, in order (paragraph n is at index n - 1). */
export function outcomeParagraphs(doc: Y.Doc): string[] {
  return statementText(doc)
    .split('\n\n')
    .filter((text) => text.trim() !== '');
}

/** The paragraphs after one amendment; index 0 with insert_after -1 inserts at the top. */
export function amendParagraphs(
  paragraphs: readonly string[],
  amendment: ParagraphAmendment,
): string[] {
  const next = [...paragraphs];
  if (amendment.action === 'replace') next.splice(amendment.index, 1, amendment.text);
  else if (amendment.action === 'insert_after') next.splice(amendment.index + 1, 0, amendment.text);
  else next.splice(amendment.index, 1);
  return next;
}

/**
 * Where a paragraph proposed against an earlier text stands now: at its old place if it is
 * unchanged there, else the first paragraph with the same text; -1 if it changed.
 */
export function locateParagraph(
  paragraphs: readonly string[],
  index: number,
  original: string,
): number {
  if (paragraphs[index] === original) return index;
  return paragraphs.indexOf(original);
}
