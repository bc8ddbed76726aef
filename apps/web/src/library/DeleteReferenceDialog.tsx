import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { Modal } from '../ui/Modal';
import { referencesApi, type Reference } from './referencesApi';

interface DeleteReferenceDialogProps {
  reference: Reference | null;
  onDeleted: (referenceId: string) => void;
  onCancel: () => void;
}

/** Confirms removing a document from the library; Cancel has the initial focus. */
export function DeleteReferenceDialog({
  reference,
  onDeleted,
  onCancel,
}: DeleteReferenceDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm(target: Reference): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await referencesApi.remove(target.id);
      onDeleted(target.id);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  function cancel(): void {
    setError(null);
    onCancel();
  }

  return (
    <Modal open={reference !== null} title="Remove this document?" onCancel={cancel}>
      {reference ? (
        <div className="stack">
          <p>
            <strong className="quoted-title">{reference.title}</strong> will be removed from the
            library for everyone in the debate, and will no longer appear in searches. Quotations
            already in statements stay as they are.
          </p>
          <p className="field__error" role="alert">
            {error}
          </p>
          <div className="modal__actions">
            <button type="button" className="button button--quiet" autoFocus onClick={cancel}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void confirm(reference)}
            >
              {busy ? 'Removing…' : 'Remove document'}
            </button>
          </div>
        </div>
      ) : null}
    </Modal>
  );
}
