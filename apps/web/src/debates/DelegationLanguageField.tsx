// A delegation's usual language: new statements start in it, and the delegation's speaking
// rate is for it. Its drafters and the debate's organizers may change it; changing it resets
// the rate to the new language's default (the server does this in the same write).
import { languageFacts, type StatementLanguage } from '@plenary/statement-model/languages';
import { useId, useState, type FormEvent } from 'react';
import { t } from '../i18n/i18n';
import { errorMessage } from '../api/ApiError';
import { apiRequest } from '../api/apiRequest';
import { LanguageSelect } from '../languages/LanguageSelect';
import type { Delegation } from './debatesApi';

interface DelegationLanguageFieldProps {
  delegation: Delegation;
  canChange: boolean;
  onChanged: () => void;
}

export function DelegationLanguageField({
  delegation,
  canChange,
  onChanged,
}: DelegationLanguageFieldProps) {
  const [language, setLanguage] = useState<StatementLanguage>(delegation.language);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const hintId = useId();

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setStatus(t('language.saving'));
    try {
      await apiRequest(`/delegations/${encodeURIComponent(delegation.id)}`, {
        method: 'PATCH',
        body: { language },
      });
      setStatus(t('language.saved', { name: languageFacts(language).name }));
      onChanged();
    } catch (failure) {
      setStatus(null);
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="delegation__language" onSubmit={handleSubmit} noValidate>
      <label htmlFor={id}>{t('language.usual')}</label>
      <LanguageSelect
        id={id}
        value={language}
        onChange={(next) => {
          setLanguage(next);
          setStatus(null);
        }}
        describedBy={hintId}
        disabled={!canChange || busy}
      />
      {canChange ? (
        <button
          type="submit"
          className="button button--small"
          disabled={busy || language === delegation.language}
        >
          {t('language.save')}
        </button>
      ) : null}
      <p id={hintId} className="field__hint">
        {t('language.usualHint', { delegation: delegation.name })}
      </p>
      <p className={error ? 'field__error' : 'field__hint'} role="status">
        {error ?? status}
      </p>
    </form>
  );
}
