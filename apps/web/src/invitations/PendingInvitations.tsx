import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { useApiQuery } from '../api/useApiQuery';
import type { Delegation } from '../debates/debatesApi';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RelativeTime } from '../ui/RelativeTime';
import { invitationAdminApi, type Invitation } from './invitationsApi';

interface PendingInvitationsProps {
  debateId: string;
  delegations: Delegation[];
  reloadKey: number;
  onRevoked: (invitationId: string) => void;
}

/** Invitations not yet used, which an organizer may still revoke. */
export function PendingInvitations({
  debateId,
  delegations,
  reloadKey,
  onRevoked,
}: PendingInvitationsProps) {
  const query = useApiQuery(`${debateId}:${reloadKey}`, (signal) =>
    invitationAdminApi.list(debateId, signal),
  );
  const { data: invitations, reload } = query;
  const [revokeError, setError] = useState<string | null>(null);
  const error = revokeError ?? query.error;

  async function revoke(invitation: Invitation): Promise<void> {
    try {
      await invitationAdminApi.revoke(invitation.id);
      onRevoked(invitation.id);
      reload();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const pending = (invitations ?? []).filter((item) => !item.acceptedAt && !item.revokedAt);
  const nameOf = (id: string | null) => delegations.find((item) => item.id === id)?.name;
  return (
    <div className="pending-invitations">
      <ErrorNotice message={error} />
      {pending.length === 0 ? null : (
        <h3 className="pending-invitations__title">Waiting to be accepted</h3>
      )}
      {pending.length === 0 ? null : (
        <ul className="member-list" aria-label="Pending invitations">
          {pending.map((invitation) => (
            <li key={invitation.id} className="member">
              <span className="member__who">
                <span className="member__name">{invitation.email}</span>
                <span className="member__email">
                  {invitation.role}
                  {nameOf(invitation.delegationId) ? `, ${nameOf(invitation.delegationId)}` : ''} ·
                  expires <RelativeTime iso={invitation.expiresAt} />
                </span>
              </span>
              <button
                type="button"
                className="button button--quiet button--small button--danger-text"
                aria-label={`Revoke the invitation for ${invitation.email}`}
                onClick={() => void revoke(invitation)}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
