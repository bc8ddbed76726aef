// An outcome document read as numbered paragraphs (with their ids), and the paragraphs an
// amendment leaves.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import type * as Y from 'yjs';
import { PARAGRAPH_ID, PARAGRAPH_ID_TYPES } from './ParagraphIds.js';
import { statementNode } from './statementText.js';
import { writeStatementNode } from './suggestions/settleStatement.js';
import { blockText } from './suggestions/suggestionReading.js';

export interface OutcomeParagraph {
  /** The paragraph's stable id; null until one is given (when its status is first marked). */
  id: string | null;
  text: string;
  pos: number;
}

export type ParagraphAmendment =
  | { action: 'replace'; index: number; text: string }
  | { action: 'insert_after'; index: number; text: string }
  | { action: 'delete'; index: number };

/** The non-empty paragraphs as the text stands (paragraph n is at index n - 1). */
export function paragraphsOf(root: ProseMirrorNode): OutcomeParagraph[] {
  const found: OutcomeParagraph[] = [];
  root.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = blockText(node, 'as-is', '\n');
    const id: unknown = node.attrs[PARAGRAPH_ID];
    if (text.trim() !== '') found.push({ id: typeof id === 'string' ? id : null, text, pos });
    return false;
  });
  return found;
}

/** The document's non-empty paragraphs, in order (paragraph n is at index n - 1). */
export function outcomeParagraphs(doc: Y.Doc): string[] {
  return paragraphsOf(statementNode(doc)).map((p) => p.text);
}

/** The id of the paragraph at `index`, giving it `fresh` if it has none; undefined if none is there. */
export function identifyParagraph(doc: Y.Doc, index: number, fresh: string): string | undefined {
  const root = statementNode(doc);
  const paragraph = paragraphsOf(root)[index];
  if (!paragraph) return undefined;
  if (paragraph.id !== null) return paragraph.id;
  if (!PARAGRAPH_ID_TYPES.includes(root.resolve(paragraph.pos).nodeAfter?.type.name ?? ''))
    return undefined;
  const tr = new Transform(root).setNodeAttribute(paragraph.pos, PARAGRAPH_ID, fresh);
  writeStatementNode(doc, tr.doc);
  return fresh;
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
