import type { Suggestion } from '@plenary/statement-model';
import { useId, useState, type FormEvent } from 'react';
import { describeSuggestion } from '../suggestions/describeSuggestion';
import { outcomeApi } from './outcomeApi';
import { useOutcomeAction } from './useOutcomeAction';
import { t } from '../i18n/messages/outcome';

/** A delegation's suggestion in the text, proposed as its amendment with a short justification. */
export function ProposeForm({
  debateId,
  suggestion,
  delegation,
  onDone,
}: {
  debateId: string;
  suggestion: Suggestion;
  delegation: { id: string; name: string };
  onDone: () => void;
}) {
  const [justification, setJustification] = useState('');
  const { busy, error, run } = useOutcomeAction(onDone);
  const whyId = useId();

  function submit(event: FormEvent): void {
    event.preventDefault();
    void run(() =>
      outcomeApi.propose(debateId, {
        delegationId: delegation.id,
        suggestionId: suggestion.id,
        justification,
      }),
    );
  }

  return (
    <form
      className="outcome-form amendment"
      onSubmit={submit}
      aria-busy={busy}
      aria-label={t('propose.label', { name: delegation.name })}
    >
      <p className="amendment__head">{describeSuggestion(suggestion)}</p>
      <div className="field">
        <label htmlFor={whyId}>{t('propose.justification')}</label>
        <input
          id={whyId}
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
          placeholder={t('propose.justificationPlaceholder')}
        />
      </div>
      <div className="outcome-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('propose.submit')}
        </button>
      </div>
      <p className="field__error" role="alert">
        {error}
      </p>
    </form>
  );
}
