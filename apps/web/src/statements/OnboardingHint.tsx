// For someone who drafts for no delegation: what they can do here, worded for their role.
import type { Memberships } from '../debates/useMemberships';
import { Link } from '../routing/Link';
import { t } from '../i18n/messages/statements';
import { interleave } from '../i18n/interleave';

export function OnboardingHint({ memberships }: { memberships: Memberships }) {
  const roles = new Set([...memberships.delegations.values()].map((d) => d.myRole));
  if (roles.has('reviewer')) {
    return <p className="hint-card">{t('hint.reviewer')}</p>;
  }
  if (roles.has('viewer')) {
    return <p className="hint-card">{t('hint.viewer')}</p>;
  }
  if (memberships.managedDebateIds.size > 0) {
    return (
      <p className="hint-card">
        {interleave(t('hint.organizer'), {
          link: <Link to="/debates">{t('hint.organizerLink')}</Link>,
        })}
      </p>
    );
  }
  return (
    <p className="hint-card">
      {interleave(t('hint.none'), { link: <Link to="/debates">{t('hint.noneLink')}</Link> })}
    </p>
  );
}
