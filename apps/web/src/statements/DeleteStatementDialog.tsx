import { statementsApi, type Statement } from '../api/statementsApi';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Modal } from '../ui/Modal';

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
      <Modal open title="This statement was submitted" onCancel={onCancel}>
        <div className="stack">
          <p>
            <strong className="quoted-title">{statement.title}</strong> was submitted to the
            organizer and is part of the debate’s submissions, so it cannot be deleted.
          </p>
          <p>
            To withdraw it, open it and choose <strong>Reopen</strong> (the organizer is told); then
            it can be deleted.
          </p>
          <div className="modal__actions">
            <button type="button" className="button button--primary" autoFocus onClick={onCancel}>
              Close
            </button>
          </div>
        </div>
      </Modal>
    );
  }
  return (
    <ConfirmDialog
      open={statement !== null}
      title="Delete this statement?"
      confirmLabel="Move to Trash"
      busyLabel="Deleting…"
      tone="danger"
      onCancel={onCancel}
      onConfirm={async () => {
        if (!statement) return;
        await statementsApi.remove(statement.id);
        onDeleted(statement);
      }}
    >
      <p>
        <strong className="quoted-title">{statement?.title}</strong> will close for everyone working
        on it and go to the debate’s Trash, with its text, comments and versions. Drafters of the
        delegation and the organizers can restore it from there for 30 days.
      </p>
    </ConfirmDialog>
  );
}
