import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { useApiQuery } from '../api/useApiQuery';
import type { Delegation } from '../debates/debatesApi';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RelativeTime } from '../ui/RelativeTime';
import { invitationAdminApi, type Invitation } from './invitationsApi';
import { t } from '../i18n/messages/invitations';
import { interleave } from '../i18n/interleave';

interface PendingInvitationsProps {
  debateId: string;
  delegations: Delegation[];
  onRevoked: (invitationId: string) => void;
}

/** Invitations not yet used, which an organizer may still revoke. */
export function PendingInvitations({ debateId, delegations, onRevoked }: PendingInvitationsProps) {
  const query = useApiQuery(['debate', debateId, 'invitations'], (signal) =>
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
        <h3 className="pending-invitations__title">{t('pending.title')}</h3>
      )}
      {pending.length === 0 ? null : (
        <ul className="member-list" aria-label={t('pending.label')}>
          {pending.map((invitation) => (
            <li key={invitation.id} className="member">
              <span className="member__who">
                <span className="member__name">{invitation.email}</span>
                <span className="member__email">
                  {interleave(t('pending.details'), {
                    role: invitation.role,
                    delegation: nameOf(invitation.delegationId)
                      ? `, ${nameOf(invitation.delegationId)}`
                      : '',
                    when: <RelativeTime iso={invitation.expiresAt} />,
                  })}
                </span>
              </span>
              <button
                type="button"
                className="button button--quiet button--small button--danger-text"
                aria-label={t('pending.revokeLabel', { email: invitation.email })}
                onClick={() => void revoke(invitation)}
              >
                {t('pending.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
