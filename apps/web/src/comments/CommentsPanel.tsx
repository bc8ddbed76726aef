// Beside the statement: its comment threads in the order of the text, a filter, the new
// comment being written, and the shortcuts. Escape returns to the text.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { formatShortcut } from '../editor/formatShortcut';
import { COMMENTS_PANEL_ID } from '../editor/panelIds';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LineIcon } from '../ui/LineIcon';
import { DeleteCommentDialog } from './DeleteCommentDialog';
import { DraftThread } from './DraftThread';
import type { ThreadComment } from '@plenary/api';
import { ThreadCard } from './ThreadCard';
import { ThreadFilterBar } from './ThreadFilterBar';
import type { CommentsController } from './useComments';
import {
  COMMENT_SHORTCUT,
  NEXT_COMMENT_SHORTCUT,
  PREVIOUS_COMMENT_SHORTCUT,
} from './useCommentShortcuts';

const EMPTY: Record<CommentsController['filter'], string> = {
  open: 'No open comments.',
  resolved: 'No resolved comments.',
  all: 'No comments yet.',
  mentions: 'Nobody has mentioned you here.',
};

interface CommentsPanelProps {
  comments: CommentsController;
  onClose: () => void;
  onReturnToText: () => void;
}

export function CommentsPanel({ comments, onClose, onReturnToText }: CommentsPanelProps) {
  const { list, visible, activeId, canComment } = comments;
  const [deleting, setDeleting] = useState<ThreadComment | null>(null);

  useEffect(() => {
    if (activeId)
      document.getElementById(`thread-${activeId}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function handleKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Escape in the delete confirmation closes that dialog only.
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    event.preventDefault();
    onReturnToText();
  }

  return (
    <aside
      id={COMMENTS_PANEL_ID}
      className="side-panel comments-panel"
      aria-label="Comments"
      onKeyDown={handleKeyDown}
    >
      <div className="side-panel__header">
        <h2 className="side-panel__title">Comments</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close the comments"
          title="Close the comments"
          onClick={onClose}
        >
          <LineIcon name="remove" />
        </button>
      </div>
      <div className="comments-panel__body">
        {list ? (
          <ThreadFilterBar
            filter={comments.filter}
            onFilter={comments.setFilter}
            list={list}
            userId={comments.userId}
          />
        ) : null}
        <ErrorNotice message={comments.error} />
        {comments.notice && !comments.draft ? (
          <p className="comments-panel__notice">{comments.notice}</p>
        ) : null}
        <DraftThread comments={comments} />
        {list === null && !comments.error ? <p className="muted">Loading the comments…</p> : null}
        {list && visible.length === 0 ? (
          <p className="comments-panel__empty">{EMPTY[comments.filter]}</p>
        ) : null}
        <ol className="thread-list" aria-label="Comment threads">
          {visible.map((listed) => (
            <li key={listed.thread.id}>
              <ThreadCard listed={listed} comments={comments} onDelete={setDeleting} />
            </li>
          ))}
        </ol>
        <p className="comments-panel__help">
          {canComment ? (
            <>
              Select text and press <kbd>{formatShortcut(COMMENT_SHORTCUT)}</kbd> to comment.{' '}
            </>
          ) : (
            <>You can read the comments; your role does not include commenting. </>
          )}
          <kbd>{formatShortcut(NEXT_COMMENT_SHORTCUT)}</kbd> and{' '}
          <kbd>{formatShortcut(PREVIOUS_COMMENT_SHORTCUT)}</kbd> go to the next and previous
          comment.
        </p>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {comments.announcement}
      </p>
      <DeleteCommentDialog
        comment={deleting}
        onCancel={() => setDeleting(null)}
        onDeleted={(thread) => {
          comments.upsert(thread);
          setDeleting(null);
        }}
      />
    </aside>
  );
}
