// The delegation's speaking rate, which every time in the meter depends on. Drafters can
// change it for their delegation; everyone else sees it.
import { languageFacts, type StatementLanguage } from '@plenary/statement-model/languages';
import { useId, useState, type FormEvent } from 'react';
import { t } from '../i18n/i18n';
import { errorMessage } from '../api/ApiError';
import {
  MAX_CHARACTERS_PER_MINUTE,
  MAX_WORDS_PER_MINUTE,
  MIN_WORDS_PER_MINUTE,
  type SpeakingRate,
} from './useSpeakingRate';

const languageName = (language: StatementLanguage) => languageFacts(language).name;

export function SpeakingRateField({ rate }: { rate: SpeakingRate }) {
  const [value, setValue] = useState(String(rate.wordsPerMinute));
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const { save } = rate;
  const unit = t(`rate.unit_${rate.unit}`);
  const max = rate.unit === 'characters' ? MAX_CHARACTERS_PER_MINUTE : MAX_WORDS_PER_MINUTE;

  if (!save) {
    const key = rate.isDelegationRate ? 'rate.readOnly' : 'rate.otherLanguage';
    return (
      <p className="time-details__rate">
        {t(key, { rate: rate.wordsPerMinute, unit, language: languageName(rate.language) })}
      </p>
    );
  }

  const handleSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const next = Number(value);
    if (!Number.isInteger(next) || next < MIN_WORDS_PER_MINUTE || next > max) {
      setError(t('rate.outOfRange', { min: MIN_WORDS_PER_MINUTE, max }));
      return;
    }
    setError(null);
    setStatus(t('rate.saving'));
    try {
      await save(next);
      setStatus(t('rate.saved'));
    } catch (failure) {
      setStatus(null);
      setError(errorMessage(failure));
    }
  };

  return (
    <form className="time-details__rate-form" onSubmit={handleSubmit} noValidate>
      <label htmlFor={inputId}>{t('rate.label')}</label>
      <div className="time-details__rate-row">
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={MIN_WORDS_PER_MINUTE}
          max={max}
          value={value}
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setStatus(null);
            setError(null);
          }}
        />
        <span>{unit}</span>
        <button type="submit" className="button button--small">
          {t('rate.save')}
        </button>
      </div>
      <p id={hintId} className="field__hint">
        {t(`rate.hint_${rate.unit}`, { rate: rate.unit === 'characters' ? 180 : 120 })}
      </p>
      <p className={error ? 'field__error' : 'field__hint'} role="status">
        {error ?? status}
      </p>
    </form>
  );
}
