import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { TextField } from '../ui/TextField';
import { AuthLayout } from './AuthLayout';
import { sessionApi } from './sessionApi';
import { setSessionUser } from './useSession';
import { t } from '../i18n/messages/auth';

/** Email and password. What was typed stays in the form after a failed attempt. */
export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t('signIn.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setSessionUser(await sessionApi.signIn({ email: email.trim(), password }));
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <AuthLayout title={t('signIn.title')} lead={t('signIn.lead')}>
      <form className="stack" onSubmit={handleSubmit} noValidate aria-busy={busy}>
        <TextField
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          autoFocus
          value={email}
          onValue={setEmail}
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onValue={setPassword}
        />
        <p className="field__error" role="alert">
          {error}
        </p>
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
