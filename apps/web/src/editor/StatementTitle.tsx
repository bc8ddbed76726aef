// The statement's title, editable in place. While someone is typing a new title it
// is theirs; otherwise it follows the server, including renames by colleagues.
import { useId, useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { TITLE_MAX_LENGTH, statementsApi, type Statement } from '../api/statementsApi';
import { t } from '../i18n/messages/editor';

interface StatementTitleProps {
  statement: Statement | null;
  readOnly: boolean;
  onRenamed: (statement: Statement) => void;
}

export function StatementTitle({ statement, readOnly, onRenamed }: StatementTitleProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  // Escape blurs the field; the blur must not then save the draft it just discarded.
  const discarding = useRef(false);
  const value = draft ?? statement?.title ?? '';

  async function commit(): Promise<void> {
    if (!statement || draft === null || saving) return;
    const title = draft.trim();
    if (title === statement.title) {
      setDraft(null);
      return;
    }
    if (!title) {
      setError('A statement needs a title. Type one, or press Escape to keep the current title.');
      return;
    }
    setSaving(true);
    try {
      onRenamed(await statementsApi.rename(statement.id, title));
      setDraft(null);
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  }

  function handleSubmit(event: FormEvent): void {
    event.preventDefault();
    void commit();
  }

  return (
    <form className="statement-title" onSubmit={handleSubmit} noValidate>
      <label htmlFor={inputId} className="visually-hidden">
        {t('title.label')}
      </label>
      <input
        id={inputId}
        className="statement-title__input"
        value={value}
        placeholder={statement ? t('title.untitled') : t('title.loading')}
        maxLength={TITLE_MAX_LENGTH}
        readOnly={readOnly || !statement}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        title={readOnly ? undefined : t('title.hint')}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onBlur={() => {
          if (discarding.current) discarding.current = false;
          else void commit();
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          discarding.current = true;
          setDraft(null);
          setError(null);
          event.currentTarget.blur();
        }}
      />
      {saving ? <span className="statement-title__saving">{t('title.saving')}</span> : null}
      <p id={errorId} className="field__error statement-title__error" role="alert">
        {error}
      </p>
    </form>
  );
}
