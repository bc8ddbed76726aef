import { ConfirmDialog } from '../ui/ConfirmDialog';
import { commentsApi } from './commentsApi';
import type { Thread, ThreadComment } from '@plenary/api';
import { t } from '../i18n/messages/commentsPanel';

interface DeleteCommentDialogProps {
  comment: ThreadComment | null;
  onDeleted: (thread: Thread) => void;
  onCancel: () => void;
}

export function DeleteCommentDialog({ comment, onDeleted, onCancel }: DeleteCommentDialogProps) {
  return (
    <ConfirmDialog
      open={comment !== null}
      title={t('deleteDialog.title')}
      confirmLabel={t('deleteDialog.confirm')}
      busyLabel={t('deleteDialog.busy')}
      tone="danger"
      onCancel={onCancel}
      onConfirm={async () => {
        if (comment) onDeleted(await commentsApi.remove(comment.id));
      }}
    >
      <p>{t('deleteBody')}</p>
    </ConfirmDialog>
  );
}
