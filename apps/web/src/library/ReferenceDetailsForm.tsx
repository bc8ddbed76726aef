// Corrects a library document's symbol, title and date, which its citations use
// ("S/2011/552, para. 12"): the importer may not have found them.
import { t } from '../i18n/messages/safeguards';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TextField } from '../ui/TextField';
import { referencesApi, type Reference } from './referencesApi';

interface ReferenceDetailsFormProps {
  reference: Reference;
  onSaved: (reference: Reference) => void;
  onCancel: () => void;
}

export function ReferenceDetailsForm({ reference, onSaved, onCancel }: ReferenceDetailsFormProps) {
  const [symbol, setSymbol] = useState(reference.symbol ?? '');
  const [title, setTitle] = useState(reference.title);
  const [date, setDate] = useState(reference.date ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (title.trim() === '') {
      setError(t('library.titleMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const details = { symbol: symbol.trim() || null, title: title.trim(), date: date || null };
      onSaved(await referencesApi.update(reference.id, details));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="reference-details"
      aria-label={t('library.editLabel', { title: reference.title })}
      onSubmit={(event) => void save(event)}
    >
      <TextField
        label={t('library.symbol')}
        hint={t('library.symbolHint')}
        value={symbol}
        maxLength={100}
        onValue={setSymbol}
      />
      <TextField label={t('library.title')} value={title} maxLength={500} onValue={setTitle} />
      <TextField label={t('library.date')} type="date" value={date} onValue={setDate} />
      <ErrorNotice message={error} />
      <div className="reference-details__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {busy ? t('library.saving') : t('library.save')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('library.cancel')}
        </button>
      </div>
    </form>
  );
}
