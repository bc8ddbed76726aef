import { statementsApi, type Statement } from '../api/statementsApi';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Modal } from '../ui/Modal';
import { t } from '../i18n/messages/statements';
import { interleave } from '../i18n/interleave';

interface DeleteStatementDialogProps {
  statement: Statement | null;
  onDeleted: (statement: Statement) => void;
  onCancel: () => void;
}

/**
 * Deleting moves the statement to the debate's Trash. A submitted statement is not offered
 * for deletion at all: the dialog says why and what to do instead.
 */
export function DeleteStatementDialog({
  statement,
  onDeleted,
  onCancel,
}: DeleteStatementDialogProps) {
  if (statement?.status === 'submitted') {
    return (
      <Modal open title={t('delete.submittedTitle')} onCancel={onCancel}>
        <div className="stack">
          <p>
            {interleave(t('delete.submitted'), {
              title: <strong className="quoted-title">{statement.title}</strong>,
            })}
          </p>
          <p>
            {interleave(t('delete.withdraw'), { reopen: <strong>{t('delete.reopen')}</strong> })}
          </p>
          <div className="modal__actions">
            <button type="button" className="button button--primary" autoFocus onClick={onCancel}>
              {t('delete.close')}
            </button>
          </div>
        </div>
      </Modal>
    );
  }
  return (
    <ConfirmDialog
      open={statement !== null}
      title={t('delete.title')}
      confirmLabel={t('delete.confirm')}
      busyLabel={t('delete.busy')}
      tone="danger"
      onCancel={onCancel}
      onConfirm={async () => {
        if (!statement) return;
        await statementsApi.remove(statement.id);
        onDeleted(statement);
      }}
    >
      <p>
        {interleave(t('delete.consequences'), {
          title: <strong className="quoted-title">{statement?.title}</strong>,
        })}
      </p>
    </ConfirmDialog>
  );
}
