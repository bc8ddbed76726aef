import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { DELEGATION_KINDS, delegationsApi, type DelegationKind } from './delegationsApi';

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
    if (!name.trim()) return setError('Name the delegation, for example “Viet Nam”.');
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
      <label htmlFor={nameId}>Add a delegation</label>
      <input
        id={nameId}
        value={name}
        placeholder="Viet Nam"
        onChange={(event) => setName(event.target.value)}
      />
      <label htmlFor={kindId} className="visually-hidden">
        Kind of delegation
      </label>
      <select
        id={kindId}
        value={kind}
        onChange={(event) => setKind(event.target.value as DelegationKind)}
      >
        {DELEGATION_KINDS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={busy}>
        Add delegation
      </button>
      <p className="field__error" role="alert">
        {error}
      </p>
    </form>
  );
}
