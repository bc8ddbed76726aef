import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/ApiError';
import { TextField } from '../ui/TextField';
import { debatesApi, type Debate } from './debatesApi';

/** Starts a debate from details entered by hand; whoever creates it becomes its organizer. */
export function CreateDebateForm({ onCreated }: { onCreated: (debate: Debate) => void }) {
  const [theme, setTheme] = useState('');
  const [body, setBody] = useState('');
  const [meetingDate, setMeetingDate] = useState('');
  const [presidency, setPresidency] = useState('');
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!theme.trim()) return setError('Give the debate its theme, as in the concept note.');
    setBusy(true);
    setError(null);
    try {
      const debate = await debatesApi.create({
        theme: theme.trim(),
        body: body.trim() || null,
        meetingDate: meetingDate || null,
        presidency: presidency.trim() || null,
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
      aria-label={t('newDebate.byHandLabel')}
      onSubmit={handleSubmit}
      noValidate
      aria-busy={busy}
    >
      <TextField
        label="Theme"
        placeholder={t('newDebate.themeExample')}
        value={theme}
        onValue={setTheme}
      />
      <div className="field-row">
        <TextField
          label="Body"
          placeholder={t('newDebate.bodyExample')}
          list="plenary-bodies"
          value={body}
          onValue={setBody}
        />
        <TextField label="Meeting date" type="date" value={meetingDate} onValue={setMeetingDate} />
        <TextField
          label="Presidency"
          placeholder={t('newDebate.presidencyExample')}
          value={presidency}
          onValue={setPresidency}
        />
      </div>
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
          {busy ? 'Creating…' : 'Create debate'}
        </button>
      </div>
    </form>
  );
}
