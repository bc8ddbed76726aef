import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { TextField } from '../ui/TextField';
import { debatesApi, type Debate } from './debatesApi';

/** Starts a debate; whoever creates it becomes its organizer. */
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
    if (!theme.trim()) return setError('Give the debate its theme, as in the concept note.');
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
    <form className="card stack" onSubmit={handleSubmit} noValidate aria-busy={busy}>
      <h2 className="card__title">New debate</h2>
      <TextField
        label="Theme"
        placeholder="Protection of civilians in armed conflict"
        value={theme}
        onValue={setTheme}
      />
      <div className="field-row">
        <TextField
          label="Body"
          placeholder="Security Council"
          list="plenary-bodies"
          value={body}
          onValue={setBody}
        />
        <TextField label="Meeting date" type="date" value={meetingDate} onValue={setMeetingDate} />
        <TextField
          label="Presidency"
          placeholder="Viet Nam"
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
        Training exercise: teams practise, and trainers read and comment on every team’s drafts
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
          {busy ? 'Creating…' : 'Create debate'}
        </button>
      </div>
    </form>
  );
}
