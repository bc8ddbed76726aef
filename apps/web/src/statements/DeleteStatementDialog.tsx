import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { statementsApi, type Statement } from '../api/statementsApi';
import { Modal } from '../ui/Modal';

interface DeleteStatementDialogProps {
  statement: Statement | null;
  onDeleted: (statementId: string) => void;
  onCancel: () => void;
}

/** Confirms a deletion; Cancel has the initial focus so a stray Enter deletes nothing. */
export function DeleteStatementDialog({
  statement,
  onDeleted,
  onCancel,
}: DeleteStatementDialogProps) {
  return (
    <Modal open={statement !== null} title="Delete this statement?" onCancel={onCancel}>
      {statement ? (
        <DeleteConfirmation statement={statement} onDeleted={onDeleted} onCancel={onCancel} />
      ) : null}
    </Modal>
  );
}

function DeleteConfirmation({
  statement,
  onDeleted,
  onCancel,
}: { statement: Statement } & Omit<DeleteStatementDialogProps, 'statement'>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await statementsApi.remove(statement.id);
      onDeleted(statement.id);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <p>
        <strong className="quoted-title">{statement.title}</strong> and its text will be removed for
        everyone working on it. This cannot be undone.
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
          {busy ? 'Deleting…' : 'Delete statement'}
        </button>
      </div>
    </div>
  );
}
