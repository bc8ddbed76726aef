// Where an invitation link lands: says what it offers, then creates the account (or
// signs in to the existing one) and opens the statements.
import { useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError';
import { AuthLayout } from '../auth/AuthLayout';
import type { SessionUser } from '../auth/sessionApi';
import { Link } from '../routing/Link';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { invitationsApi, type InvitationPreview } from './invitationsApi';
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
  const [invitation, setInvitation] = useState<InvitationPreview | null>(null);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    invitationsApi.preview(token, controller.signal).then(setInvitation, (failure: unknown) => {
      if (controller.signal.aborted) return;
      const code = failure instanceof ApiError ? failure.code : 'unknown';
      setError({ code, message: errorMessage(failure) });
    });
    return () => controller.abort();
  }, [token]);

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
