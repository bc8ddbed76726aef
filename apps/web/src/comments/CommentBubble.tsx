// A "Comment" button beside selected text, for people who may comment. Drawn over the
// page in the sheet's margin; pressing it keeps the selection.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { createPortal } from 'react-dom';
import { ariaShortcut, formatShortcut } from '../editor/formatShortcut';
import { LineIcon } from '../ui/LineIcon';
import type { CommentsController } from './useComments';
import { COMMENT_SHORTCUT } from './useCommentShortcuts';
import { t } from '../i18n/messages/comments';

/** Where the button goes, in page coordinates, or null when it should not show. */
function placeOf(editor: Editor | null): { top: number; left: number } | null {
  if (!editor || editor.isDestroyed) return null;
  const { view } = editor;
  const { from, to, empty } = view.state.selection;
  if (empty || view.state.doc.textBetween(from, to, ' ', ' ').trim() === '') return null;
  // A read-only text cannot take focus: there, the browser's selection says it is in use.
  const selection = document.getSelection();
  const inText = view.editable
    ? view.hasFocus()
    : !!selection && !selection.isCollapsed && view.dom.contains(selection.focusNode);
  if (!inText) return null;
  // In the sheet's right margin, level with the first selected line: no text is covered.
  const line = view.coordsAtPos(from);
  const margin = view.dom.getBoundingClientRect().right + 16;
  const left = Math.min(margin, window.innerWidth - 48);
  return {
    top: Math.round(line.top + window.scrollY - 6),
    left: Math.round(left + window.scrollX),
  };
}

export function CommentBubble({
  editor,
  comments,
}: {
  editor: Editor | null;
  comments: CommentsController;
}) {
  const place = useEditorState({ editor, selector: ({ editor: current }) => placeOf(current) });
  if (!comments.canComment || !place) return null;
  return createPortal(
    <button
      type="button"
      className="comment-bubble"
      aria-label={t('bubble.label')}
      style={{ top: place.top, left: place.left }}
      aria-keyshortcuts={ariaShortcut(COMMENT_SHORTCUT)}
      data-tooltip={t('bubble.tooltip', { shortcut: formatShortcut(COMMENT_SHORTCUT) })}
      onMouseDown={(event) => event.preventDefault()}
      onClick={comments.startDraft}
    >
      <LineIcon name="comment" />
    </button>,
    document.body,
  );
}
