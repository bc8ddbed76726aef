import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { Modal } from '../ui/Modal';
import { TextField } from '../ui/TextField';
import { NewPasswordField } from './NewPasswordField';
import type { SessionUser } from './sessionApi';
import { sessionApi } from './sessionApi';
import { usePasswordProblem } from './usePasswordProblem';
import { t } from '../i18n/messages/auth';

interface ChangePasswordDialogProps {
  user: SessionUser;
  open: boolean;
  onClose: () => void;
}

export function ChangePasswordDialog({ user, open, onClose }: ChangePasswordDialogProps) {
  return (
    <Modal open={open} title={t('password.title')} onCancel={onClose}>
      {open ? <ChangePasswordForm user={user} onClose={onClose} /> : null}
    </Modal>
  );
}

function ChangePasswordForm({ user, onClose }: { user: SessionUser; onClose: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const weakness = usePasswordProblem(next, [user.email, user.displayName]);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const problem = !current ? t('password.currentMissing') : weakness;
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      await sessionApi.changePassword({ currentPassword: current, newPassword: next });
      setDone(true);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div className="stack" role="status">
        <p>{t('password.changed')}</p>
        <div className="modal__actions">
          <button type="button" className="button button--primary" autoFocus onClick={onClose}>
            {t('password.close')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-busy={busy}>
      <TextField
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        autoFocus
        value={current}
        onValue={setCurrent}
      />
      <NewPasswordField
        label={t('password.new')}
        value={next}
        onValue={setNext}
        problem={weakness}
      />
      <p className="field__error" role="alert">
        {error}
      </p>
      <div className="modal__actions">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('password.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('password.busy') : t('password.submit')}
        </button>
      </div>
    </form>
  );
}
