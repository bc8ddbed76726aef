// Turns an edit typed in Suggesting mode into the same edit as suggestions: inserted text is
// marked as a suggested insertion, removed text stays in place marked as a suggested deletion
// (except the author's own suggested text, which simply goes). What the server accepts from a
// suggesting connection is exactly this shape (SuggestionCheck).
import {
  SUGGESTION_DELETE,
  SUGGESTION_INSERT,
  suggestionAttributes,
  type SuggestionAttributes,
} from '@plenary/statement-model';
import { Fragment, Slice, type Mark, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { SUGGESTION_META } from './suggestionMeta';

export interface SuggestionAuthor {
  authorId: string;
  /** Outcome documents: the delegation an amendment speaks for, named on its marks. */
  delegationId?: string | null;
  now: () => string;
  newId: () => string;
}

/**
 * The suggesting version of `tr`, or `null` when the edit cannot be expressed as a suggestion
 * (formatting, splitting a paragraph mid-text) and is dropped.
 */
export function suggestTransaction(
  state: EditorState,
  tr: Transaction,
  author: SuggestionAuthor,
): Transaction | null {
  if (!tr.steps.every((step) => step instanceof ReplaceStep)) return null;
  const before = state.doc;
  const range = changedRange(before, tr);
  if (!range) return null;
  const { start, endA, inserted } = range;
  const inline = inserted.openStart === 0 && inserted.openEnd === 0 && isInline(inserted.content);
  if (inline && sameTextblock(before, start, endA))
    return suggestReplacement(state, tr, author, start, endA, inserted.content);
  const text = inserted.content.textBetween(0, inserted.content.size, ' ').trim();
  if (endA === start && text === '') return splitAtEnd(state, before, start, inserted);
  // Paragraphs pasted, or a change across paragraphs: the text removed is marked where it
  // stands (no paragraphs are joined), and any new text goes in as one run.
  const content = text ? Fragment.from(state.schema.text(text)) : Fragment.empty;
  return suggestReplacement(state, tr, author, start, endA, content);
}

/** The old range replaced and what replaced it: the step itself, or a diff of several. */
function changedRange(
  before: ProseMirrorNode,
  tr: Transaction,
): { start: number; endA: number; inserted: Slice } | null {
  const [only] = tr.steps;
  if (tr.steps.length === 1 && only instanceof ReplaceStep) {
    const { from, to, slice } = only as ReplaceStep & { from: number; to: number };
    return { start: from, endA: to, inserted: slice };
  }
  const after = tr.doc;
  const start = before.content.findDiffStart(after.content);
  const end = before.content.findDiffEnd(after.content);
  if (start === null || !end) return null;
  let { a: endA, b: endB } = end;
  // An overlap means the same text was repeated: shift so the change starts at `start`.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return { start, endA, inserted: after.slice(start, endB) };
}

function suggestReplacement(
  state: EditorState,
  original: Transaction,
  author: SuggestionAuthor,
  from: number,
  to: number,
  content: Fragment,
): Transaction {
  const { schema } = state;
  const insertType = schema.marks[SUGGESTION_INSERT];
  const deleteType = schema.marks[SUGGESTION_DELETE];
  const out = state.tr.setMeta(SUGGESTION_META, true);
  if (!insertType || !deleteType) return out;
  const neighbour = ownMarkNear(state.doc, from, to, author.authorId);
  const attributes: SuggestionAttributes = neighbour ?? {
    id: author.newId(),
    authorId: author.authorId,
    ...(author.delegationId ? { delegationId: author.delegationId } : {}),
    createdAt: author.now(),
  };
  markDeleted(out, from, to, deleteType.create(attributes), author.authorId);
  const at = out.mapping.map(to);
  if (content.size > 0) {
    const marked = withSuggestionMark(content, insertType.create(attributes), deleteType.name);
    out.replace(at, at, new Slice(marked, 0, 0));
    out.setSelection(TextSelection.create(out.doc, at + marked.size));
  } else {
    out.setSelection(
      TextSelection.create(out.doc, cursorAfterDelete(state, original, from, to, out)),
    );
  }
  return out.scrollIntoView();
}

/** Removed text: own suggested insertions go; everything else is marked, back to front. */
function markDeleted(out: Transaction, from: number, to: number, mark: Mark, authorId: string) {
  const parts: { from: number; to: number; own: boolean; marked: boolean }[] = [];
  out.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isInline) return true;
    const own = node.marks.some(
      (m) =>
        m.type.name === SUGGESTION_INSERT && suggestionAttributes(m.attrs)?.authorId === authorId,
    );
    const marked = node.marks.some((m) => m.type.name === SUGGESTION_DELETE);
    parts.push({ from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to), own, marked });
    return false;
  });
  for (const part of parts.reverse()) {
    if (part.own) out.delete(part.from, part.to);
    else if (!part.marked) out.addMark(part.from, part.to, mark);
  }
}

/** Where the caret goes after a deletion: before the struck text for Backspace, after it for Delete. */
function cursorAfterDelete(
  state: EditorState,
  original: Transaction,
  from: number,
  to: number,
  out: Transaction,
): number {
  const { selection } = state;
  const forward = selection.empty && selection.from === from && original.selection.from === from;
  return forward ? out.mapping.map(to) : out.mapping.map(from, -1);
}

/** The author's suggestion touching the change, so that typing on extends one suggestion. */
function ownMarkNear(
  doc: ProseMirrorNode,
  from: number,
  to: number,
  authorId: string,
): SuggestionAttributes | undefined {
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  const candidates = [
    ...($from.nodeBefore?.marks ?? []),
    ...($to.nodeAfter?.marks ?? []),
    ...(from < to ? ($from.nodeAfter?.marks ?? []) : []),
  ];
  for (const mark of candidates) {
    if (mark.type.name !== SUGGESTION_INSERT && mark.type.name !== SUGGESTION_DELETE) continue;
    const attributes = suggestionAttributes(mark.attrs);
    if (attributes?.authorId === authorId) return attributes;
  }
  return undefined;
}

function withSuggestionMark(content: Fragment, mark: Mark, deleteName: string): Fragment {
  const nodes: ProseMirrorNode[] = [];
  content.forEach((node) => {
    const kept = node.marks.filter(
      (m) => m.type.name !== deleteName && m.type.name !== mark.type.name,
    );
    nodes.push(node.mark(mark.addToSet(kept)));
  });
  return Fragment.from(nodes);
}

/**
 * A new empty paragraph is allowed where it moves no text: Enter at the end of a paragraph.
 * Splitting text or joining paragraphs would move unsuggested text, so it is dropped.
 */
function splitAtEnd(
  state: EditorState,
  before: ProseMirrorNode,
  start: number,
  inserted: Slice,
): Transaction | null {
  const $start = before.resolve(start);
  const atEnd = $start.parent.isTextblock && $start.parentOffset === $start.parent.content.size;
  if (!atEnd) return null;
  const out = state.tr.setMeta(SUGGESTION_META, true);
  out.replace(start, start, inserted);
  out.setSelection(TextSelection.near(out.doc.resolve(out.mapping.map(start, -1) + 2)));
  return out.scrollIntoView();
}

function isInline(content: Fragment): boolean {
  let inline = true;
  content.forEach((node) => {
    if (!node.isInline) inline = false;
  });
  return inline;
}

function sameTextblock(doc: ProseMirrorNode, from: number, to: number): boolean {
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  return $from.parent === $to.parent && $from.parent.isTextblock;
}
