import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { DELEGATION_KINDS, delegationsApi, type DelegationKind } from './delegationsApi';
import { t } from '../i18n/messages/debates';

/** Adds a delegation (a Member State, an observer, a training team…) to the debate. */
export function AddDelegationForm({
  debateId,
  onAdded,
}: {
  debateId: string;
  onAdded: () => void;
}) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<DelegationKind>('member_state');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const kindId = useId();

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!name.trim()) return setError(t('delegation.nameMissing'));
    setBusy(true);
    setError(null);
    try {
      await delegationsApi.create(debateId, { name: name.trim(), kind });
      setName('');
      onAdded();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={handleSubmit} noValidate aria-busy={busy}>
      <label htmlFor={nameId}>{t('delegation.add')}</label>
      <input
        id={nameId}
        value={name}
        placeholder={t('delegation.namePlaceholder')}
        onChange={(event) => setName(event.target.value)}
      />
      <label htmlFor={kindId} className="visually-hidden">
        {t('delegation.kind')}
      </label>
      <select
        id={kindId}
        value={kind}
        onChange={(event) => setKind(event.target.value as DelegationKind)}
      >
        {DELEGATION_KINDS.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.label)}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={busy}>
        {t('delegation.submit')}
      </button>
      <p className="field__error" role="alert">
        {error}
      </p>
    </form>
  );
}
