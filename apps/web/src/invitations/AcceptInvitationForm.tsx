import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import { NewPasswordField } from '../auth/NewPasswordField';
import type { SessionUser } from '../auth/sessionApi';
import { usePasswordProblem } from '../auth/usePasswordProblem';
import { setSessionUser, signOut } from '../auth/useSession';
import { navigate } from '../routing/useRoute';
import { TextField } from '../ui/TextField';
import { invitationsApi, type InvitationPreview } from './invitationsApi';
import { t } from '../i18n/messages/invitations';
import { interleave } from '../i18n/interleave';

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
          {interleave(t('accept.otherAccount'), {
            email: <strong>{invitation.email}</strong>,
            current: user.email,
          })}
        </p>
        <button
          type="button"
          className="button button--primary button--wide"
          onClick={() => void signOut().catch(() => undefined)}
        >
          {t('accept.signOut', { email: user.email })}
        </button>
      </div>
    );
  }

  if (joined) {
    return (
      <div className="stack" role="status">
        <p>
          {joined.accountCreated
            ? t('accept.created', { email: joined.user.email })
            : t('accept.existing', { email: joined.user.email })}
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
          {t('accept.continue')}
        </button>
      </div>
    );
  }

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!signedInAsInvitee && !password) return setError(t('accept.passwordMissing'));
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
        {interleave(t('accept.for'), { email: <strong>{invitation.email}</strong> })}
      </p>
      {signedInAsInvitee ? null : (
        <>
          <TextField
            label={t('accept.name')}
            hint={t('accept.nameHint')}
            autoComplete="name"
            autoFocus
            value={displayName}
            onValue={setDisplayName}
          />
          <NewPasswordField
            label={t('accept.password')}
            lead={t('accept.passwordLead')}
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
        {busy ? t('accept.joining') : t('accept.submit')}
      </button>
    </form>
  );
}
