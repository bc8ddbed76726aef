import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { TextField } from '../ui/TextField';
import { debatesApi, type Debate } from './debatesApi';
import { t } from '../i18n/messages/debates';

/** Starts a debate from details entered by hand; whoever creates it becomes its organizer. */
export function CreateDebateForm({ onCreated }: { onCreated: (debate: Debate) => void }) {
  const [theme, setTheme] = useState('');
  const [body, setBody] = useState('');
  const [meetingDate, setMeetingDate] = useState('');
  const [presidency, setPresidency] = useState('');
  const [training, setTraining] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!theme.trim()) return setError(t('create.themeMissing'));
    setBusy(true);
    setError(null);
    try {
      const debate = await debatesApi.create({
        theme: theme.trim(),
        body: body.trim() || null,
        meetingDate: meetingDate || null,
        presidency: presidency.trim() || null,
        trainingExercise: training,
      });
      onCreated(debate);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <form
      className="stack"
      aria-label={t('create.byHandLabel')}
      onSubmit={handleSubmit}
      noValidate
      aria-busy={busy}
    >
      <TextField
        label={t('create.theme')}
        placeholder={t('create.themePlaceholder')}
        value={theme}
        onValue={setTheme}
      />
      <div className="field-row">
        <TextField
          label={t('create.body')}
          placeholder={t('create.bodyPlaceholder')}
          list="plenary-bodies"
          value={body}
          onValue={setBody}
        />
        <TextField
          label={t('create.meetingDate')}
          type="date"
          value={meetingDate}
          onValue={setMeetingDate}
        />
        <TextField
          label={t('create.presidency')}
          placeholder={t('create.presidencyPlaceholder')}
          value={presidency}
          onValue={setPresidency}
        />
      </div>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={training}
          onChange={(event) => setTraining(event.target.checked)}
        />{' '}
        {t('create.training')}
      </label>
      <datalist id="plenary-bodies">
        <option value="Security Council" />
        <option value="General Assembly" />
        <option value="Economic and Social Council" />
        <option value="Human Rights Council" />
      </datalist>
      <p className="field__error" role="alert">
        {error}
      </p>
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('create.creating') : t('create.submit')}
        </button>
      </div>
    </form>
  );
}
