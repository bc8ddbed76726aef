// Reads and settles the suggestions of a ProseMirror document. Pure over ProseMirror, so the
// editor (accept/reject), the server (metrics, workflow, export) and tests share one meaning.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import {
  SUGGESTION_DELETE,
  SUGGESTION_INSERT,
  suggestionAttributes,
  type SuggestionAttributes,
} from './SuggestionMarks.js';

export interface SuggestionRange {
  kind: 'insert' | 'delete';
  from: number;
  to: number;
  text: string;
}

/** One suggestion: every range sharing an id (a replacement has a deletion and an insertion). */
export interface Suggestion extends SuggestionAttributes {
  ranges: SuggestionRange[];
  inserted: string;
  deleted: string;
}

export type SuggestionDecision = 'accept' | 'reject';

/** The suggestions in document order (by their first range). */
export function suggestionsIn(doc: ProseMirrorNode): Suggestion[] {
  const byId = new Map<string, Suggestion>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      const kind =
        mark.type.name === SUGGESTION_INSERT
          ? 'insert'
          : mark.type.name === SUGGESTION_DELETE
            ? 'delete'
            : undefined;
      const attributes = kind && suggestionAttributes(mark.attrs);
      if (!kind || !attributes) continue;
      const text = node.text ?? '';
      let suggestion = byId.get(attributes.id);
      if (!suggestion) {
        suggestion = { ...attributes, ranges: [], inserted: '', deleted: '' };
        byId.set(attributes.id, suggestion);
      }
      const last = suggestion.ranges.at(-1);
      if (last && last.kind === kind && last.to === pos) {
        last.to = pos + node.nodeSize;
        last.text += text;
      } else {
        suggestion.ranges.push({ kind, from: pos, to: pos + node.nodeSize, text });
      }
      if (kind === 'insert') suggestion.inserted += text;
      else suggestion.deleted += text;
    }
    return false;
  });
  return [...byId.values()];
}

/**
 * Accepts or rejects the chosen suggestions on a transform. Accepting keeps inserted text
 * (without its mark) and removes text suggested for deletion; rejecting does the opposite.
 */
export function settleSuggestions(
  tr: Transform,
  decision: SuggestionDecision,
  chosen: (suggestion: Suggestion) => boolean = () => true,
): number {
  const suggestions = suggestionsIn(tr.doc).filter(chosen);
  const schema = tr.doc.type.schema;
  const insertMark = schema.marks[SUGGESTION_INSERT];
  const deleteMark = schema.marks[SUGGESTION_DELETE];
  if (!insertMark || !deleteMark) return 0;
  const ranges = suggestions
    .flatMap((suggestion) => suggestion.ranges.map((range) => ({ range, id: suggestion.id })))
    // From the end, so earlier positions stay valid as text is removed.
    .sort((a, b) => b.range.from - a.range.from);
  for (const { range, id } of ranges) {
    const removeText = (range.kind === 'insert') === (decision === 'reject');
    if (removeText) {
      tr.delete(range.from, range.to);
    } else {
      const type = range.kind === 'insert' ? insertMark : deleteMark;
      removeMarkWithId(tr, range.from, range.to, type, id);
    }
  }
  return suggestions.length;
}

function removeMarkWithId(
  tr: Transform,
  from: number,
  to: number,
  type: NonNullable<ProseMirrorNode['type']['schema']['marks'][string]>,
  id: string,
): void {
  tr.doc.nodesBetween(from, to, (node, pos) => {
    const mark = node.marks.find((m) => m.type === type && m.attrs.id === id);
    if (mark) tr.removeMark(Math.max(pos, from), Math.min(pos + node.nodeSize, to), mark);
  });
}

/** The document as it would read with every suggestion accepted, or every one rejected. */
export function settledDoc(doc: ProseMirrorNode, decision: SuggestionDecision): ProseMirrorNode {
  const tr = new Transform(doc);
  settleSuggestions(tr, decision);
  return tr.doc;
}
