// Where an invitation link lands: says what it offers, then creates the account (or
// signs in to the existing one) and opens the statements.
import { useApiQuery } from '../api/useApiQuery';
import { AuthLayout } from '../auth/AuthLayout';
import type { SessionUser } from '../auth/sessionApi';
import { Link } from '../routing/Link';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { invitationsApi } from './invitationsApi';
import { roleLabel } from './roleLabel';
import { t } from '../i18n/messages/invitations';
import { interleave } from '../i18n/interleave';

interface InvitationPageProps {
  token: string;
  user: SessionUser | null;
}

/** Each dead link says which case it is, so nobody asks for a new link they do not need. */
const DEAD_LINK_TITLES: Record<string, string> = {
  'invitation.already_member': t('page.dead.already_member'),
  'invitation.used': t('page.dead.used'),
  'invitation.revoked': t('page.dead.revoked'),
  'invitation.expired': t('page.dead.expired'),
  'invitation.invalid': t('page.dead.invalid'),
};

export function InvitationPage({ token, user }: InvitationPageProps) {
  const query = useApiQuery(['invitation', token], (signal) =>
    invitationsApi.preview(token, signal),
  );
  const { data: invitation, errorCode } = query;
  const error =
    query.error === null ? null : { code: errorCode ?? 'unknown', message: query.error };

  if (error) {
    return (
      <AuthLayout title={DEAD_LINK_TITLES[error.code] ?? t('page.cannotBeUsed')}>
        <p className="stack">{error.message}</p>
        <p className="auth__footer">
          <Link to="/">
            {error.code === 'invitation.already_member' ? t('page.open') : t('page.goTo')}
          </Link>
        </p>
      </AuthLayout>
    );
  }
  if (!invitation) {
    return (
      <AuthLayout title={t('page.opening')}>
        <p className="muted">{t('page.moment')}</p>
      </AuthLayout>
    );
  }

  const where = invitation.delegationName
    ? t('page.delegation', { name: invitation.delegationName })
    : t('page.organizers');
  return (
    <AuthLayout
      title={t('page.title')}
      lead={
        <>
          {interleave(t('page.lead'), {
            where,
            role: <strong>{roleLabel(invitation.role)}</strong>,
            theme: <em>{invitation.debateTheme}</em>,
          })}
        </>
      }
    >
      <AcceptInvitationForm token={token} invitation={invitation} user={user} />
    </AuthLayout>
  );
}
