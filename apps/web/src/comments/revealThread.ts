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
  // Below the sticky header, bar and toolbar, about a third of the way down the window.
  const top = view.coordsAtPos(range.from).top;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({
    top: window.scrollY + top - window.innerHeight / 3,
    behavior: reduce ? 'auto' : 'smooth',
  });
  return true;
}
