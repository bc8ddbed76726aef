import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { TextField } from '../ui/TextField';
import { AuthLayout } from './AuthLayout';
import { sessionApi } from './sessionApi';
import { NewPasswordField } from './NewPasswordField';
import { usePasswordProblem } from './usePasswordProblem';
import { setSessionUser } from './useSession';
import { t } from '../i18n/messages/auth';

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
    const problem = !displayName.trim() || !email.trim() ? t('setup.missing') : weakness;
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
    <AuthLayout title={t('setup.title')} lead={t('setup.lead')}>
      <form className="stack" onSubmit={handleSubmit} noValidate aria-busy={busy}>
        <TextField
          label={t('setup.name')}
          hint={t('setup.nameHint')}
          autoComplete="name"
          autoFocus
          value={displayName}
          onValue={setDisplayName}
        />
        <TextField
          label={t('setup.email')}
          type="email"
          autoComplete="username"
          value={email}
          onValue={setEmail}
        />
        <NewPasswordField
          label={t('setup.password')}
          value={password}
          onValue={setPassword}
          problem={weakness}
        />
        <p className="field__error" role="alert">
          {error}
        </p>
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('setup.busy') : t('setup.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
