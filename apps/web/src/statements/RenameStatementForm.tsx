import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { TITLE_MAX_LENGTH, statementsApi, type Statement } from '../api/statementsApi';
import { t } from '../i18n/messages/statements';

interface RenameStatementFormProps {
  statement: Statement;
  onRenamed: (statement: Statement) => void;
  onCancel: () => void;
}

/** Inline title editor used in the list: Enter saves, Escape cancels. */
export function RenameStatementForm({ statement, onRenamed, onCancel }: RenameStatementFormProps) {
  const [title, setTitle] = useState(statement.title);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError('A statement needs a title.');
      return;
    }
    if (trimmed === statement.title) {
      onCancel();
      return;
    }
    setBusy(true);
    try {
      onRenamed(await statementsApi.rename(statement.id, trimmed));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <form className="rename-form" onSubmit={handleSubmit} noValidate>
      <label htmlFor={inputId} className="visually-hidden">
        {t('rename.label')}
      </label>
      <input
        id={inputId}
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        value={title}
        maxLength={TITLE_MAX_LENGTH}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setTitle(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <button type="submit" className="button button--primary button--small" disabled={busy}>
        {busy ? t('rename.saving') : t('rename.save')}
      </button>
      <button type="button" className="button button--quiet button--small" onClick={onCancel}>
        {t('rename.cancel')}
      </button>
      <p id={errorId} className="field__error" role="alert">
        {error}
      </p>
    </form>
  );
}
