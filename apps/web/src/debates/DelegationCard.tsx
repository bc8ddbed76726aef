import { useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { useApiQuery } from '../api/useApiQuery';
import type { SessionUser } from '../auth/sessionApi';
import { withAppSocket } from '../realtime/appSocket';
import { ErrorNotice } from '../ui/ErrorNotice';
import type { Delegation, DelegationRole } from './debatesApi';
import { DelegationLanguageField } from './DelegationLanguageField';
import { delegationsApi } from './delegationsApi';
import { MemberRow } from './MemberRow';
import { t } from '../i18n/messages/debates';

/** A role as the interface names it; a role this page does not know keeps its code. */
const roleName = (role: string): string =>
  role === 'drafter' || role === 'reviewer' || role === 'viewer' ? t(`roles.${role}`) : role;

interface DelegationCardProps {
  delegation: Delegation;
  canManage: boolean;
  user: SessionUser;
  onChanged: () => void;
}

/** A delegation and its people; organizers change roles and add themselves. */
export function DelegationCard({ delegation, canManage, user, onChanged }: DelegationCardProps) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const {
    data: members,
    error: loadError,
    reload,
  } = useApiQuery(
    delegation.abilities.readMembers ? ['delegation', delegation.id, 'members'] : null,
    (signal) => delegationsApi.members(delegation.id, signal),
    { onReconnect: true },
  );

  // Drafters are told at once when anyone (an organizer included) is given a role here.
  useEffect(
    () =>
      withAppSocket(({ on }) =>
        on('delegation:member_added', (added) => {
          if (added.delegationId !== delegation.id) return;
          const by = added.addedBy;
          const who = added.member.displayName;
          setNotice(
            by?.id === added.member.userId
              ? t('delegation.addedThemselvesAs', { who, role: roleName(added.member.role) })
              : by
                ? t('delegation.addedAsBy', {
                    who,
                    role: roleName(added.member.role),
                    by: by.displayName,
                  })
                : t('delegation.addedAs', { who, role: roleName(added.member.role) }),
          );
          // The list itself reloads through realtime/liveQueries.ts.
        }),
      ),
    [delegation.id],
  );

  async function change(action: () => Promise<void>): Promise<void> {
    setError(null);
    try {
      await action();
      reload();
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const setRole = (userId: string, role: DelegationRole) =>
    change(() => delegationsApi.setMember(delegation.id, userId, role));
  const removeMember = (userId: string) =>
    change(() => delegationsApi.removeMember(delegation.id, userId));
  const isMember = members?.some((member) => member.userId === user.id) ?? true;

  return (
    <article className="card delegation" aria-labelledby={`delegation-${delegation.id}`}>
      <header className="delegation__header">
        <h3 id={`delegation-${delegation.id}`} className="delegation__name">
          {delegation.name}
        </h3>
        {delegation.myRole ? (
          <span className="status-tag">
            {t('delegation.you', { role: t(`roles.${delegation.myRole}`) })}
          </span>
        ) : null}
        {canManage && !isMember ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => void setRole(user.id, 'drafter')}
          >
            {t('delegation.join')}
          </button>
        ) : null}
      </header>
      <DelegationLanguageField
        delegation={delegation}
        canChange={delegation.abilities.changeSettings}
        onChanged={onChanged}
      />
      <ErrorNotice message={error ?? loadError} />
      {notice ? (
        <p className="member-notice" role="status">
          {notice}
        </p>
      ) : null}
      {members?.length === 0 ? <p className="muted">{t('delegation.nobody')}</p> : null}
      {members && members.length > 0 ? (
        <ul className="member-list">
          {members.map((member) => (
            <MemberRow
              key={member.userId}
              member={member}
              isSelf={member.userId === user.id}
              canManage={canManage}
              onRole={(role) => void setRole(member.userId, role)}
              onRemove={() => void removeMember(member.userId)}
            />
          ))}
        </ul>
      ) : null}
    </article>
  );
}
