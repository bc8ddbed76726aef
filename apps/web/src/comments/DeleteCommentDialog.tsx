import { ConfirmDialog } from '../ui/ConfirmDialog';
import { commentsApi } from './commentsApi';
import type { Thread, ThreadComment } from './parseThread';

interface DeleteCommentDialogProps {
  comment: ThreadComment | null;
  /** The person deletes their own comment (or, as a drafter, a colleague's). */
  own: boolean;
  onDeleted: (thread: Thread) => void;
  onCancel: () => void;
}

export function DeleteCommentDialog({
  comment,
  own,
  onDeleted,
  onCancel,
}: DeleteCommentDialogProps) {
  return (
    <ConfirmDialog
      open={comment !== null}
      title="Delete this comment?"
      confirmLabel="Delete comment"
      busyLabel="Deleting…"
      tone="danger"
      onCancel={onCancel}
      onConfirm={async () => {
        if (comment) onDeleted(await commentsApi.remove(comment.id));
      }}
    >
      <p>
        {own ? 'Your comment' : `The comment by ${comment?.authorName ?? ''}`} will be replaced by
        “Comment deleted” for everyone; the rest of the thread stays. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
