// "Save version…": names the text as it stands ("Sent to capital 14 April"), so it can be
// found, read and compared later. Enter saves, Escape cancels.
import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { VERSION_NAME_MAX_LENGTH, versionsApi, type Version } from './versionsApi';
import { t } from '../i18n/messages/versions';

interface SaveVersionFormProps {
  statementId: string;
  onSaved: (version: Version) => void;
  onCancel: () => void;
}

export function SaveVersionForm({ statementId, onSaved, onCancel }: SaveVersionFormProps) {
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('save.nameMissing'));
      return;
    }
    setSaving(true);
    try {
      onSaved(await versionsApi.create(statementId, trimmed));
    } catch (failure) {
      setError(errorMessage(failure));
      setSaving(false);
    }
  }

  return (
    <form
      className="save-version"
      onSubmit={(event) => void handleSubmit(event)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled here, so the panel does not also send focus back to the text.
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
      noValidate
    >
      <label htmlFor={inputId} className="save-version__label">
        {t('save.label')}
      </label>
      <input
        id={inputId}
        className="save-version__input"
        value={name}
        placeholder={t('save.placeholder')}
        maxLength={VERSION_NAME_MAX_LENGTH}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
      />
      <p id={errorId} className="field__error" role="alert">
        {error}
      </p>
      <div className="save-version__actions">
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          {t('save.cancel')}
        </button>
        <button type="submit" className="button button--primary button--small" disabled={saving}>
          {saving ? t('save.saving') : t('save.save')}
        </button>
      </div>
    </form>
  );
}
