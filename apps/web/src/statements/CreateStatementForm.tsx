import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { TITLE_MAX_LENGTH, statementsApi, type Statement } from '../api/statementsApi';
import type { Debate, Delegation } from '../debates/debatesApi';
import {
  DEFAULT_TEMPLATE,
  TemplateChoice,
  templateOf,
  type TemplateDraft,
} from '../drafting/TemplateChoice';
import { DelegationPicker } from './DelegationPicker';

interface CreateStatementFormProps {
  /** Delegations in which the person drafts; at least one. */
  delegations: Delegation[];
  debates: Map<string, Debate>;
  onCreated: (statement: Statement) => void;
}

/**
 * Title, delegation and starting point (the debate's template or a blank page) of a new
 * statement; what was typed survives any error.
 */
export function CreateStatementForm({ delegations, debates, onCreated }: CreateStatementFormProps) {
  const [title, setTitle] = useState('');
  const [delegationId, setDelegationId] = useState(delegations[0]?.id ?? '');
  const [template, setTemplate] = useState<TemplateDraft>(DEFAULT_TEMPLATE);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const delegation = delegations.find((item) => item.id === delegationId) ?? delegations[0];

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy || !delegation) return;
    if (!title.trim()) {
      setError('Give the statement a title, for example the delegation and the meeting.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const statement = await statementsApi.create(
        delegation.debateId,
        title.trim(),
        [delegation.id],
        templateOf(template),
      );
      setTitle('');
      onCreated(statement);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="create-form" onSubmit={handleSubmit} noValidate aria-busy={busy}>
      <label htmlFor={inputId} className="create-form__label">
        New statement
      </label>
      <div className="create-form__row">
        <input
          id={inputId}
          className="create-form__input"
          value={title}
          maxLength={TITLE_MAX_LENGTH}
          placeholder="Statement of Viet Nam — open debate 19 April 2021"
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create statement'}
        </button>
      </div>
      <DelegationPicker
        delegations={delegations}
        debates={debates}
        value={delegation?.id ?? ''}
        onChange={setDelegationId}
      />
      <TemplateChoice value={template} onChange={setTemplate} />
      <p id={errorId} className="field__error" role="alert">
        {error}
      </p>
    </form>
  );
}
