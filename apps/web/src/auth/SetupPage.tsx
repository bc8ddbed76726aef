import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { TextField } from '../ui/TextField';
import { AuthLayout } from './AuthLayout';
import { sessionApi } from './sessionApi';
import { NewPasswordField } from './NewPasswordField';
import { usePasswordProblem } from './usePasswordProblem';
import { setSessionUser } from './useSession';

/** First run: whoever installs Plenary creates the first administrator account. */
export function SetupPage() {
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const weakness = usePasswordProblem(password, [email, displayName]);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const problem =
      !displayName.trim() || !email.trim() ? 'Enter your name and email address.' : weakness;
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const user = await sessionApi.setup({
        displayName: displayName.trim(),
        email: email.trim(),
        password,
      });
      setSessionUser(user);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <AuthLayout
      title="Set up Plenary"
      lead="No account exists yet. Create the first one; it will administer this installation."
    >
      <form className="stack" onSubmit={handleSubmit} noValidate aria-busy={busy}>
        <TextField
          label="Your name"
          hint="Shown to colleagues next to your cursor."
          autoComplete="name"
          autoFocus
          value={displayName}
          onValue={setDisplayName}
        />
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onValue={setEmail}
        />
        <NewPasswordField
          label="Password"
          value={password}
          onValue={setPassword}
          problem={weakness}
        />
        <p className="field__error" role="alert">
          {error}
        </p>
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? 'Creating the account…' : 'Create administrator account'}
        </button>
      </form>
    </AuthLayout>
  );
}
