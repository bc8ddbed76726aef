// For organizers: the debate's rules and the presidency's salutation, and deleting the
// debate (to the Trash, restorable from the Debates page).
import { t } from '../i18n/messages/safeguards';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { navigate } from '../routing/useRoute';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorNotice } from '../ui/ErrorNotice';
import { debatesApi, type Debate, type PresidentSalutation } from './debatesApi';
import { Section } from '../ui/Section';

interface DebateSettingsProps {
  debate: Debate;
  onSaved: (debate: Debate) => void;
}

const SALUTATIONS: (PresidentSalutation | null)[] = [null, 'Mr. President,', 'Madam President,'];

export function DebateSettings({ debate, onSaved }: DebateSettingsProps) {
  const limitId = useId();
  const [limit, setLimit] = useState(debate.speakingLimitMinutes?.toString() ?? '');
  const [strict, setStrict] = useState(debate.speakingLimitStrict);
  const [salutation, setSalutation] = useState(debate.presidentSalutation);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const minutes = limit.trim() === '' ? null : Number(limit);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (minutes !== null && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= 120)) {
      setError(t('settings.limitInvalid'));
      return;
    }
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const saved = await debatesApi.update(debate.id, {
        speakingLimitMinutes: minutes,
        speakingLimitStrict: minutes !== null && strict,
        presidentSalutation: salutation,
      });
      onSaved(saved);
      setStatus(t('settings.saved'));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('settings.title')}>
      <form className="stack debate-settings" onSubmit={(event) => void save(event)} noValidate>
        <div className="field">
          <label htmlFor={limitId}>{t('settings.limit')}</label>
          <input
            id={limitId}
            type="number"
            min={1}
            max={120}
            inputMode="numeric"
            className="debate-settings__minutes"
            value={limit}
            onChange={(event) => setLimit(event.target.value)}
          />
        </div>
        <label className="debate-settings__option">
          <input
            type="checkbox"
            checked={strict && minutes !== null}
            disabled={minutes === null}
            onChange={(event) => setStrict(event.target.checked)}
          />
          <span>{t('settings.strict')}</span>
        </label>
        <p className="field__hint">{t('settings.strictHint')}</p>
        <fieldset className="debate-settings__salutation">
          <legend>{t('settings.salutation')}</legend>
          {SALUTATIONS.map((value) => (
            <label key={value ?? 'unknown'} className="debate-settings__option">
              <input
                type="radio"
                name="president-salutation"
                checked={salutation === value}
                onChange={() => setSalutation(value)}
              />
              <span>
                {t(
                  value === null
                    ? 'settings.salutationUnknown'
                    : value === 'Mr. President,'
                      ? 'settings.salutationMan'
                      : 'settings.salutationWoman',
                )}
              </span>
            </label>
          ))}
          <p className="field__hint">{t('settings.salutationHint')}</p>
        </fieldset>
        <ErrorNotice message={error} />
        <div className="debate-settings__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('settings.saving') : t('settings.save')}
          </button>
          <p role="status" className="muted">
            {status}
          </p>
        </div>
      </form>
      <div className="debate-settings__danger">
        <button
          type="button"
          className="button button--quiet button--danger-text"
          onClick={() => setDeleting(true)}
        >
          {t('settings.delete')}
        </button>
      </div>
      <ConfirmDialog
        open={deleting}
        title={t('settings.deleteTitle', { theme: debate.theme })}
        confirmLabel={t('settings.deleteConfirm')}
        busyLabel={t('settings.deleting')}
        tone="danger"
        onCancel={() => setDeleting(false)}
        onConfirm={async () => {
          await debatesApi.remove(debate.id);
          navigate('/debates');
        }}
      >
        <p>{t('settings.deleteText')}</p>
      </ConfirmDialog>
    </Section>
  );
}
