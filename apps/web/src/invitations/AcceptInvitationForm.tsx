import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { NewPasswordField } from '../auth/NewPasswordField';
import type { SessionUser } from '../auth/sessionApi';
import { usePasswordProblem } from '../auth/usePasswordProblem';
import { setSessionUser, signOut } from '../auth/useSession';
import { navigate } from '../routing/useRoute';
import { TextField } from '../ui/TextField';
import { invitationsApi, type InvitationPreview } from './invitationsApi';

interface AcceptInvitationFormProps {
  token: string;
  invitation: InvitationPreview;
  user: SessionUser | null;
}

/**
 * Already signed in as the invited person, or not: then the form asks for a password either
 * way (the existing account's, or a new one) and says afterwards which it was. It never says
 * beforehand whether the email has an account: the inviter would learn it too.
 */
export function AcceptInvitationForm({ token, invitation, user }: AcceptInvitationFormProps) {
  const signedInAsInvitee = user?.email === invitation.email;
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [joined, setJoined] = useState<{ user: SessionUser; accountCreated: boolean } | null>(null);
  const weakness = usePasswordProblem(password, [invitation.email, displayName]);

  if (user && !signedInAsInvitee && !joined) {
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

  if (joined) {
    return (
      <div className="stack" role="status">
        <p>
          {joined.accountCreated
            ? `Your Plenary account was created. From now on, sign in as ${joined.user.email} with the password you chose.`
            : `You joined with your existing account, ${joined.user.email}.`}
        </p>
        <button
          type="button"
          className="button button--primary button--wide"
          autoFocus
          onClick={() => {
            setSessionUser(joined.user);
            navigate('/', { replace: true });
          }}
        >
          Continue to Plenary
        </button>
      </div>
    );
  }

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!signedInAsInvitee && !password) return setError('Enter a password.');
    setBusy(true);
    setError(null);
    try {
      const body = signedInAsInvitee
        ? {}
        : { password, ...(displayName.trim() ? { displayName: displayName.trim() } : {}) };
      setJoined(await invitationsApi.accept(token, body));
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
      {signedInAsInvitee ? null : (
        <>
          <TextField
            label="Your name"
            hint="Only if you are new to Plenary: shown to colleagues next to your cursor."
            autoComplete="name"
            autoFocus
            value={displayName}
            onValue={setDisplayName}
          />
          <NewPasswordField
            label="Password"
            lead="Your Plenary password if you already have an account; otherwise choose one."
            value={password}
            onValue={setPassword}
            problem={weakness}
          />
        </>
      )}
      <p className="field__error" role="alert">
        {error}
      </p>
      <button type="submit" className="button button--primary button--wide" disabled={busy}>
        {busy ? 'Joining…' : 'Accept and join'}
      </button>
    </form>
  );
}
