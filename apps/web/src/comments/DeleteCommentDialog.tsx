import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { Modal } from '../ui/Modal';
import { commentsApi } from './commentsApi';
import type { Thread, ThreadComment } from './parseThread';

interface DeleteCommentDialogProps {
  comment: ThreadComment | null;
  /** The person deletes their own comment (or, as a drafter, a colleague's). */
  own: boolean;
  onDeleted: (thread: Thread) => void;
  onCancel: () => void;
}

/** Confirms a deletion; Cancel has the initial focus so a stray Enter deletes nothing. */
export function DeleteCommentDialog(props: DeleteCommentDialogProps) {
  const { comment, onCancel } = props;
  return (
    <Modal open={comment !== null} title="Delete this comment?" onCancel={onCancel}>
      {comment ? <Confirmation key={comment.id} {...props} comment={comment} /> : null}
    </Modal>
  );
}

function Confirmation({
  comment,
  own,
  onDeleted,
  onCancel,
}: DeleteCommentDialogProps & { comment: ThreadComment }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      onDeleted(await commentsApi.remove(comment.id));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <p>
        {own ? 'Your comment' : `The comment by ${comment.authorName}`} will be replaced by “Comment
        deleted” for everyone; the rest of the thread stays. This cannot be undone.
      </p>
      <p className="field__error" role="alert">
        {error}
      </p>
      <div className="modal__actions">
        <button type="button" className="button button--quiet" autoFocus onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => void confirm()}
        >
          {busy ? 'Deleting…' : 'Delete comment'}
        </button>
      </div>
    </div>
  );
}
