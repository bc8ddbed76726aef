import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import type { Delegation } from '../debates/debatesApi';
import { TextField } from '../ui/TextField';
import { invitationAdminApi, type InvitedRole } from './invitationsApi';
import { InvitationLink } from './InvitationLink';

interface InviteFormProps {
  debateId: string;
  delegations: Delegation[];
  onInvited: () => void;
  /** Invitations revoked since: a revoked link is taken off the screen. */
  revokedIds: readonly string[];
}

const ROLES: { value: InvitedRole; label: string }[] = [
  { value: 'drafter', label: 'Drafter — writes and edits' },
  { value: 'reviewer', label: 'Reviewer — suggests changes and comments' },
  { value: 'viewer', label: 'Viewer — reads' },
  { value: 'organizer', label: 'Organizer of this debate' },
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
    if (!email.trim()) return setError('Enter the email address of the person to invite.');
    if (role !== 'organizer' && !chosenDelegation) return setError('Add a delegation first.');
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
      <h3 className="card__title">Invite someone</h3>
      <div className="field-row">
        <TextField
          label="Email"
          type="email"
          value={email}
          onValue={setEmail}
          placeholder="name@mission.example"
        />
        <div className="field">
          <label htmlFor={roleId}>Role</label>
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
            <label htmlFor={delegationFieldId}>Delegation</label>
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
          {busy ? 'Creating the link…' : 'Create invitation link'}
        </button>
      </div>
      {created && !revokedIds.includes(created.id) ? (
        <InvitationLink email={created.email} url={created.url} />
      ) : null}
    </form>
  );
}
