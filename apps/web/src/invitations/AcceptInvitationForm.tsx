import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { passwordProblem, PASSWORD_MIN_LENGTH } from '../auth/passwordProblem';
import type { SessionUser } from '../auth/sessionApi';
import { setSessionUser, signOut } from '../auth/useSession';
import { navigate } from '../routing/useRoute';
import { TextField } from '../ui/TextField';
import { invitationsApi, type InvitationPreview } from './invitationsApi';

interface AcceptInvitationFormProps {
  token: string;
  invitation: InvitationPreview;
  user: SessionUser | null;
}

/** New account, existing account, or already signed in as the invited person. */
export function AcceptInvitationForm({ token, invitation, user }: AcceptInvitationFormProps) {
  const signedInAsInvitee = user?.email === invitation.email;
  const needsAccount = !invitation.accountExists && !signedInAsInvitee;
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function problem(): string | null {
    if (signedInAsInvitee) return null;
    if (needsAccount && !displayName.trim()) return 'Enter your name as colleagues should see it.';
    return needsAccount ? passwordProblem(password) : password ? null : 'Enter your password.';
  }

  if (user && !signedInAsInvitee) {
    return (
      <div className="stack">
        <p>
          This invitation is for <strong>{invitation.email}</strong>, but this browser is signed in
          as {user.email}. Sign out first, then accept it.
        </p>
        <button
          type="button"
          className="button button--primary button--wide"
          onClick={() => void signOut().catch(() => undefined)}
        >
          Sign out of {user.email}
        </button>
      </div>
    );
  }

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const found = problem();
    if (found) return setError(found);
    setBusy(true);
    setError(null);
    try {
      const body = signedInAsInvitee
        ? {}
        : needsAccount
          ? { displayName: displayName.trim(), password }
          : { password };
      setSessionUser(await invitationsApi.accept(token, body));
      navigate('/', { replace: true });
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-busy={busy}>
      <p className="auth__identity">
        For <strong>{invitation.email}</strong>
      </p>
      {needsAccount ? (
        <TextField
          label="Your name"
          hint="Shown to colleagues next to your cursor."
          autoComplete="name"
          autoFocus
          value={displayName}
          onValue={setDisplayName}
        />
      ) : null}
      {signedInAsInvitee ? null : (
        <TextField
          label={needsAccount ? 'Choose a password' : 'Your password'}
          type="password"
          autoComplete={needsAccount ? 'new-password' : 'current-password'}
          hint={needsAccount ? `At least ${PASSWORD_MIN_LENGTH} characters.` : undefined}
          value={password}
          onValue={setPassword}
        />
      )}
      <p className="field__error" role="alert">
        {error}
      </p>
      <button type="submit" className="button button--primary button--wide" disabled={busy}>
        {busy ? 'Joining…' : needsAccount ? 'Create account and join' : 'Accept and join'}
      </button>
    </form>
  );
}
