import { unDate } from '@plenary/statement-model';
import type { StatementLanguage } from '@plenary/statement-model/languages';
import { useId, useState, type FormEvent } from 'react';
import { t } from '../i18n/i18n';
import { errorMessage } from '../api/ApiError';
import { TITLE_MAX_LENGTH, statementsApi, type Statement } from '../api/statementsApi';
import type { Debate, Delegation } from '../debates/debatesApi';
import {
  DEFAULT_TEMPLATE,
  TemplateChoice,
  templateOf,
  type TemplateDraft,
} from '../drafting/TemplateChoice';
import { LanguageSelect } from '../languages/LanguageSelect';
import { DelegationPicker } from './DelegationPicker';

/** "Statement of Viet Nam — open debate, 19 April 2021": the title when none is typed. */
export function defaultTitle(delegation: Delegation, debate: Debate | undefined): string {
  const meeting = [debate?.format, debate?.meetingDate ? unDate(debate.meetingDate) : null]
    .filter(Boolean)
    .join(', ');
  return t(meeting ? 'create.titleOfAt' : 'create.titleOf', {
    delegation: delegation.name,
    meeting,
  });
}

interface CreateStatementFormProps {
  /** Delegations in which the person drafts; at least one. */
  delegations: Delegation[];
  debates: Map<string, Debate>;
  onCreated: (statement: Statement) => void;
}

/**
 * Title, delegation, language (the delegation's usual one unless chosen) and starting point
 * (the debate's template or a blank page) of a new statement; what was typed survives any
 * error.
 */
export function CreateStatementForm({ delegations, debates, onCreated }: CreateStatementFormProps) {
  const [title, setTitle] = useState('');
  const [delegationId, setDelegationId] = useState(delegations[0]?.id ?? '');
  const [template, setTemplate] = useState<TemplateDraft>(DEFAULT_TEMPLATE);
  const [salutationChosen, setSalutationChosen] = useState(false);
  const [chosenLanguage, setChosenLanguage] = useState<StatementLanguage | null>(null);
  const languageId = useId();
  const languageHintId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const delegation = delegations.find((item) => item.id === delegationId) ?? delegations[0];
  const language = chosenLanguage ?? delegation?.language ?? 'en';
  const debate = delegation ? debates.get(delegation.debateId) : undefined;
  const fallbackTitle = delegation ? defaultTitle(delegation, debate) : '';
  // The salutation follows the presidency's representative, unless the drafter chose one.
  const knownSalutation = debate?.presidentSalutation ?? null;
  const effectiveTemplate =
    salutationChosen || !knownSalutation ? template : { ...template, salutation: knownSalutation };

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy || !delegation) return;
    const chosenTitle = title.trim() || fallbackTitle;
    if (!chosenTitle) {
      setError(t('create.titleMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const statement = await statementsApi.create(
        delegation.debateId,
        chosenTitle,
        [delegation.id],
        templateOf(effectiveTemplate),
        language,
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
        {t('create.label')}
      </label>
      <div className="create-form__row">
        <input
          id={inputId}
          className="create-form__input"
          value={title}
          maxLength={TITLE_MAX_LENGTH}
          placeholder={fallbackTitle || t('create.placeholder')}
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('create.busy') : t('create.submit')}
        </button>
      </div>
      <DelegationPicker
        delegations={delegations}
        debates={debates}
        value={delegation?.id ?? ''}
        onChange={setDelegationId}
      />
      <div className="create-form__language">
        <label htmlFor={languageId}>{t('language.label')}</label>
        <LanguageSelect
          id={languageId}
          value={language}
          onChange={setChosenLanguage}
          describedBy={languageHintId}
        />
        <p id={languageHintId} className="field__hint">
          {t('language.hint')}
        </p>
      </div>
      {fallbackTitle ? (
        <p className="field__hint">{t('create.defaultTitle', { title: fallbackTitle })}</p>
      ) : null}
      <TemplateChoice
        value={effectiveTemplate}
        onChange={(next) => {
          if (next.salutation !== effectiveTemplate.salutation) setSalutationChosen(true);
          setTemplate(next);
        }}
        language={language}
      />
      <p id={errorId} className="field__error" role="alert">
        {error}
      </p>
    </form>
  );
}
