import { useId, useState, type FormEvent } from 'react';
import { Modal } from '../ui/Modal';
import { DISPLAY_NAME_MAX_LENGTH, saveDisplayName, type UserIdentity } from './useIdentity';

interface DisplayNameDialogProps {
  open: boolean;
  identity: UserIdentity | null;
  onDone: () => void;
}

/** Asks for the name colleagues will see next to this person's cursor. */
export function DisplayNameDialog({ open, identity, onDone }: DisplayNameDialogProps) {
  return (
    <Modal
      open={open}
      title={identity ? 'Change your display name' : 'Welcome to Plenary'}
      onCancel={identity ? onDone : undefined}
    >
      <DisplayNameForm identity={identity} onDone={onDone} />
    </Modal>
  );
}

function DisplayNameForm({ identity, onDone }: Omit<DisplayNameDialogProps, 'open'>) {
  const [name, setName] = useState(identity?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();

  function handleSubmit(event: FormEvent): void {
    event.preventDefault();
    if (!name.trim()) {
      setError('Please enter the name your colleagues know you by.');
      return;
    }
    saveDisplayName(name);
    onDone();
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate>
      {identity ? null : (
        <p className="modal__lead">Before you start, tell your colleagues who you are.</p>
      )}
      <div className="field">
        <label htmlFor={inputId}>Your name</label>
        <input
          id={inputId}
          autoFocus
          autoComplete="name"
          maxLength={DISPLAY_NAME_MAX_LENGTH}
          placeholder="e.g. Nguyen Thi Lan"
          value={name}
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
        <p id={hintId} className="field__hint">
          Shown next to your cursor and among the people present. Kept on this device only.
        </p>
      </div>
      <p className="field__error" role="alert">
        {error}
      </p>
      <div className="modal__actions">
        {identity ? (
          <button type="button" className="button button--quiet" onClick={onDone}>
            Cancel
          </button>
        ) : null}
        <button type="submit" className="button button--primary">
          {identity ? 'Save name' : 'Continue'}
        </button>
      </div>
    </form>
  );
}
