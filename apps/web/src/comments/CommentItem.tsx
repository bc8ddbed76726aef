import { formatLocale } from '../i18n/catalogue';
import { useState } from 'react';
import { colorForName } from '../identity/colorForName';
import { initialsOf } from '../presence/initialsOf';
import { RelativeTime } from '../ui/RelativeTime';
import { CommentComposer } from './CommentComposer';
import { commentsApi, type Member } from './commentsApi';
import { CommentText } from './CommentText';
import type { Thread, ThreadComment } from '@plenary/api';
import { interleave } from '../i18n/interleave';
import { t } from '../i18n/messages/commentsPanel';

interface CommentItemProps {
  comment: ThreadComment;
  members: Member[];
  /** Suggested when editing: everyone but the author. */
  mentionable: Member[];
  userId: string;
  canEdit: boolean;
  canDelete: boolean;
  onEdited: (thread: Thread) => void;
  onDelete: (comment: ThreadComment) => void;
}

const dateTime = new Intl.DateTimeFormat(formatLocale(), { dateStyle: 'long', timeStyle: 'short' });
const exact = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateTime.format(date);
};

/** One comment in a thread: who wrote it and when, its text, and edit or delete. */
export function CommentItem(props: CommentItemProps) {
  const { comment, members, userId, canEdit, canDelete } = props;
  const [editing, setEditing] = useState(false);

  if (comment.deletedAt) {
    return (
      <li className="comment comment--deleted">
        <p className="comment__deleted">
          {interleave(t('deleted'), { when: <RelativeTime iso={comment.deletedAt} /> })}
        </p>
      </li>
    );
  }

  return (
    <li className="comment">
      <div className="comment__head">
        <span
          className="comment-avatar"
          style={{ backgroundColor: colorForName(comment.authorId) }}
          aria-hidden="true"
        >
          {initialsOf(comment.authorName)}
        </span>
        <span className="comment__author">{comment.authorName}</span>
        <span className="comment__time">
          <RelativeTime iso={comment.createdAt} />
          {comment.editedAt ? (
            <span
              className="comment__edited"
              title={t('editedAt', { when: exact(comment.editedAt) })}
            >
              {t('edited')}
            </span>
          ) : null}
        </span>
        {!editing && (canEdit || canDelete) ? (
          <div className="comment__actions">
            {canEdit ? (
              <button type="button" className="text-button" onClick={() => setEditing(true)}>
                {t('item.edit')}
              </button>
            ) : null}
            {canDelete ? (
              <button
                type="button"
                className="text-button text-button--danger"
                aria-label={t('item.deleteLabel', { name: comment.authorName })}
                onClick={() => props.onDelete(comment)}
              >
                {t('item.delete')}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      {editing ? (
        <CommentComposer
          label={t('item.editLabel')}
          members={props.mentionable}
          initialText={comment.body}
          submitLabel={t('item.save')}
          autoFocus
          draftKey={`edit:${comment.id}`}
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            props.onEdited(await commentsApi.edit(comment.id, input));
            setEditing(false);
          }}
        />
      ) : (
        <CommentText comment={comment} members={members} userId={userId} />
      )}
    </li>
  );
}
