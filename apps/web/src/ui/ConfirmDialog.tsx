import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api/ApiError';
import { Modal } from './Modal';
import { t } from '../i18n/messages/ui';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  confirmLabel: string;
  busyLabel: string;
  tone: 'danger' | 'primary';
  /** Runs the action; a failure is shown in the dialog, which stays open. */
  onConfirm: () => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}

/** Confirms an action; Cancel has the initial focus so a stray Enter does nothing. */
export function ConfirmDialog({ open, title, onCancel, ...rest }: ConfirmDialogProps) {
  return (
    <Modal open={open} title={title} onCancel={onCancel}>
      {open ? <Confirmation onCancel={onCancel} {...rest} /> : null}
    </Modal>
  );
}

function Confirmation({
  confirmLabel,
  busyLabel,
  tone,
  onConfirm,
  onCancel,
  children,
}: Omit<ConfirmDialogProps, 'open' | 'title'>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      {children}
      <p className="field__error" role="alert">
        {error}
      </p>
      <div className="modal__actions">
        <button type="button" className="button button--quiet" autoFocus onClick={onCancel}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className={`button button--${tone}`}
          disabled={busy}
          onClick={() => void confirm()}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </div>
  );
}
