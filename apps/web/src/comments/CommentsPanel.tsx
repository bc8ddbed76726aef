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
import { t } from '../i18n/messages/comments';
import { t as panelText } from '../i18n/messages/commentsPanel';
import { interleave } from '../i18n/interleave';

const EMPTY = {
  open: 'panel.emptyOpen',
  resolved: 'panel.emptyResolved',
  all: 'panel.emptyAll',
  mentions: 'panel.emptyMentions',
} as const satisfies Record<CommentsController['filter'], string>;

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
      aria-label={t('panel.title')}
      onKeyDown={handleKeyDown}
    >
      <div className="side-panel__header">
        <h2 className="side-panel__title">{t('panel.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={panelText('panel.close')}
          title={panelText('panel.close')}
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
        {list === null && !comments.error ? <p className="muted">{panelText('loading')}</p> : null}
        {list && visible.length === 0 ? (
          <p className="comments-panel__empty">{panelText(EMPTY[comments.filter])}</p>
        ) : null}
        <ol className="thread-list" aria-label={panelText('threads')}>
          {visible.map((listed) => (
            <li key={listed.thread.id}>
              <ThreadCard listed={listed} comments={comments} onDelete={setDeleting} />
            </li>
          ))}
        </ol>
        <p className="comments-panel__help">
          {canComment
            ? interleave(panelText('panel.helpComment'), {
                key: <kbd>{formatShortcut(COMMENT_SHORTCUT)}</kbd>,
              })
            : panelText('panel.helpReadOnly')}
          {interleave(panelText('panel.helpSteps'), {
            next: <kbd>{formatShortcut(NEXT_COMMENT_SHORTCUT)}</kbd>,
            previous: <kbd>{formatShortcut(PREVIOUS_COMMENT_SHORTCUT)}</kbd>,
          })}
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
