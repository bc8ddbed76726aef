import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import type { Delegation } from '../debates/debatesApi';
import { TextField } from '../ui/TextField';
import { invitationAdminApi, type InvitedRole } from './invitationsApi';
import { InvitationLink } from './InvitationLink';
import { t } from '../i18n/messages/invitations';

interface InviteFormProps {
  debateId: string;
  delegations: Delegation[];
  onInvited: () => void;
  /** Invitations revoked since: a revoked link is taken off the screen. */
  revokedIds: readonly string[];
}

const ROLES: { value: InvitedRole; label: string }[] = [
  { value: 'drafter', label: t('roleOptions.drafter') },
  { value: 'reviewer', label: t('roleOptions.reviewer') },
  { value: 'viewer', label: t('roleOptions.viewer') },
  { value: 'organizer', label: t('roleOptions.organizer') },
];

/** Creates a one-time invitation link for one person and one role. */
export function InviteForm({ debateId, delegations, onInvited, revokedIds }: InviteFormProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitedRole>('drafter');
  const [delegationId, setDelegationId] = useState('');
  const [created, setCreated] = useState<{ id: string; email: string; url: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const roleId = useId();
  const delegationFieldId = useId();
  const chosenDelegation = delegationId || delegations[0]?.id || '';

  async function handleSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!email.trim()) return setError(t('invite.emailMissing'));
    if (role !== 'organizer' && !chosenDelegation) return setError(t('invite.delegationMissing'));
    setBusy(true);
    setError(null);
    try {
      const input =
        role === 'organizer'
          ? { email: email.trim(), role }
          : { email: email.trim(), role, delegationId: chosenDelegation };
      const { invitation, url } = await invitationAdminApi.create(debateId, input);
      setCreated({ id: invitation.id, email: email.trim(), url });
      setEmail('');
      onInvited();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card stack" onSubmit={handleSubmit} noValidate aria-busy={busy}>
      <h3 className="card__title">{t('invite.title')}</h3>
      <div className="field-row">
        <TextField
          label={t('invite.email')}
          type="email"
          value={email}
          onValue={setEmail}
          placeholder={t('invite.emailPlaceholder')}
        />
        <div className="field">
          <label htmlFor={roleId}>{t('invite.role')}</label>
          <select
            id={roleId}
            value={role}
            onChange={(event) => setRole(event.target.value as InvitedRole)}
          >
            {ROLES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        {role === 'organizer' ? null : (
          <div className="field">
            <label htmlFor={delegationFieldId}>{t('invite.delegation')}</label>
            <select
              id={delegationFieldId}
              value={chosenDelegation}
              onChange={(event) => setDelegationId(event.target.value)}
            >
              {delegations.map((delegation) => (
                <option key={delegation.id} value={delegation.id}>
                  {delegation.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <p className="field__error" role="alert">
        {error}
      </p>
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('invite.creating') : t('invite.create')}
        </button>
      </div>
      {created && !revokedIds.includes(created.id) ? (
        <InvitationLink email={created.email} url={created.url} />
      ) : null}
    </form>
  );
}
