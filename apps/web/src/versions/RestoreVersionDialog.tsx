import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import type { StatementStatus } from '../api/statementsApi';
import { Modal } from '../ui/Modal';
import { versionsApi, type Version } from './versionsApi';

interface RestoreVersionDialogProps {
  version: Version | null;
  status: StatementStatus;
  onRestored: (version: Version) => void;
  onCancel: () => void;
}

/**
 * Confirms bringing an old text back. It says plainly that nothing is lost: the current
 * text is kept as a version first, and the restore is a new change everyone sees.
 */
export function RestoreVersionDialog({
  version,
  status,
  onRestored,
  onCancel,
}: RestoreVersionDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm(target: Version): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      onRestored(await versionsApi.restore(target.id));
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
    <Modal open={version !== null} title="Restore this version?" onCancel={cancel}>
      {version ? (
        <div className="stack">
          <p>
            The text of <strong className="quoted-title">{version.name}</strong> will replace the
            current text, for everyone who has the statement open.
          </p>
          <p>
            Nothing is lost: the current text is first kept as the version{' '}
            <span className="quoted-title">Before restoring “{version.name}”</span>, and the restore
            is recorded as a new change on top, in the statement’s history.
          </p>
          {status === 'cleared' ? (
            <p className="muted">
              The statement is cleared: changing its text returns it to draft, and it will need
              clearance again.
            </p>
          ) : null}
          <p className="field__error" role="alert">
            {error}
          </p>
          <div className="modal__actions">
            <button type="button" className="button button--quiet" autoFocus onClick={cancel}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void confirm(version)}
            >
              {busy ? 'Restoring…' : 'Restore this version'}
            </button>
          </div>
        </div>
      ) : null}
    </Modal>
  );
}
