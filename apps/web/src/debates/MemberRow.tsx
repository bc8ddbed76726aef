import { useId } from 'react';
import { colorForName } from '../identity/colorForName';
import { initialsOf } from '../presence/initialsOf';
import type { DelegationRole } from './debatesApi';
import type { Member } from './delegationsApi';
import { t } from '../i18n/messages/debates';

interface MemberRowProps {
  member: Member;
  isSelf: boolean;
  canManage: boolean;
  onRole: (role: DelegationRole) => void;
  onRemove: () => void;
}

const ROLES: DelegationRole[] = ['drafter', 'reviewer', 'viewer'];

export function MemberRow({ member, isSelf, canManage, onRole, onRemove }: MemberRowProps) {
  const roleId = useId();
  return (
    <li className="member">
      <span
        className="member__avatar"
        style={{ backgroundColor: colorForName(member.userId) }}
        aria-hidden="true"
      >
        {initialsOf(member.displayName)}
      </span>
      <span className="member__who">
        <span className="member__name">
          {member.displayName}
          {isSelf ? t('member.you') : ''}
        </span>
        <span className="member__email">{member.email}</span>
        {member.addedBy && member.addedBy.id !== member.userId ? (
          <span className="member__added-by">
            {t('member.addedBy', { name: member.addedBy.displayName })}
          </span>
        ) : null}
        {member.addedBy?.id === member.userId ? (
          <span className="member__added-by">{t('member.addedThemselves')}</span>
        ) : null}
      </span>
      {canManage ? (
        <>
          <label htmlFor={roleId} className="visually-hidden">
            {t('member.roleOf', { name: member.displayName })}
          </label>
          <select
            id={roleId}
            value={member.role}
            onChange={(event) => onRole(event.target.value as DelegationRole)}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--quiet button--small button--danger-text"
            aria-label={t('member.removeLabel', { name: member.displayName })}
            onClick={onRemove}
          >
            {t('member.remove')}
          </button>
        </>
      ) : (
        <span className="member__role">{t(`roles.${member.role}`)}</span>
      )}
    </li>
  );
}
