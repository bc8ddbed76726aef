// Brings a thread's text into view and selects it, so the reader sees what the comment is
// about and a drafter can start changing it.
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { commentHighlightsKey } from './CommentHighlights';

/** False while the thread's text is not in the document (deleted, or not synced yet). */
export function revealThread(editor: Editor, threadId: string): boolean {
  if (editor.isDestroyed) return false;
  const { view } = editor;
  const range = commentHighlightsKey.getState(view.state)?.ranges.get(threadId);
  const size = view.state.doc.content.size;
  if (!range || range.orphaned || range.to > size) return false;
  const selection = TextSelection.create(view.state.doc, range.from, range.to);
  view.dispatch(view.state.tr.setSelection(selection));
  scrollIntoSight(view.coordsAtPos(range.from).top, view.coordsAtPos(range.to).bottom);
  return true;
}

// The sticky header, document bar and toolbar cover the top of the window.
const COVERED_TOP = 180;

/** Scrolls only when the text is not already comfortably in view. */
function scrollIntoSight(top: number, bottom: number): void {
  if (top >= COVERED_TOP && bottom <= window.innerHeight - 40) return;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({
    top: window.scrollY + top - window.innerHeight / 3,
    behavior: reduce ? 'auto' : 'smooth',
  });
}
