// The delegation's speaking rate, which every time in the meter depends on. Drafters can
// change it for their delegation; everyone else sees it.
import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE, type SpeakingRate } from './useSpeakingRate';

export function SpeakingRateField({ rate }: { rate: SpeakingRate }) {
  const [value, setValue] = useState(String(rate.wordsPerMinute));
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const { save } = rate;

  if (!save) {
    return (
      <p className="time-details__rate">
        Timed at {rate.wordsPerMinute} words a minute, the delegation’s speaking rate.
      </p>
    );
  }

  const handleSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const next = Number(value);
    if (!Number.isInteger(next) || next < MIN_WORDS_PER_MINUTE || next > MAX_WORDS_PER_MINUTE) {
      setError(`Give a whole number from ${MIN_WORDS_PER_MINUTE} to ${MAX_WORDS_PER_MINUTE}.`);
      return;
    }
    setError(null);
    setStatus('Saving…');
    try {
      await save(next);
      setStatus('Saved for the delegation.');
    } catch (failure) {
      setStatus(null);
      setError(errorMessage(failure));
    }
  };

  return (
    <form className="time-details__rate-form" onSubmit={handleSubmit} noValidate>
      <label htmlFor={inputId}>Speaking rate</label>
      <div className="time-details__rate-row">
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={MIN_WORDS_PER_MINUTE}
          max={MAX_WORDS_PER_MINUTE}
          value={value}
          aria-describedby={hintId}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setStatus(null);
            setError(null);
          }}
        />
        <span>words a minute</span>
        <button type="submit" className="button button--small">
          Save
        </button>
      </div>
      <p id={hintId} className="field__hint">
        For the whole delegation. Interpreters follow about 120 words a minute comfortably.
      </p>
      <p className={error ? 'field__error' : 'field__hint'} role="status">
        {error ?? status}
      </p>
    </form>
  );
}
