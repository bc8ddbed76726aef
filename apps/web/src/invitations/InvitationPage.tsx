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

interface InvitationPageProps {
  token: string;
  user: SessionUser | null;
}

/** Each dead link says which case it is, so nobody asks for a new link they do not need. */
const DEAD_LINK_TITLES: Record<string, string> = {
  'invitation.already_member': 'You have already joined',
  'invitation.used': 'This invitation was already used',
  'invitation.revoked': 'This invitation was withdrawn',
  'invitation.expired': 'This invitation has expired',
  'invitation.invalid': 'This link is not a valid invitation',
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
      <AuthLayout title={DEAD_LINK_TITLES[error.code] ?? 'This invitation cannot be used'}>
        <p className="stack">{error.message}</p>
        <p className="auth__footer">
          <Link to="/">
            {error.code === 'invitation.already_member' ? 'Open Plenary' : 'Go to Plenary'}
          </Link>
        </p>
      </AuthLayout>
    );
  }
  if (!invitation) {
    return (
      <AuthLayout title="Opening your invitation…">
        <p className="muted">One moment.</p>
      </AuthLayout>
    );
  }

  const where = invitation.delegationName
    ? `the delegation of ${invitation.delegationName}`
    : 'the organizers';
  return (
    <AuthLayout
      title="You are invited to Plenary"
      lead={
        <>
          Join {where} as <strong>{roleLabel(invitation.role)}</strong> for{' '}
          <em>{invitation.debateTheme}</em>.
        </>
      }
    >
      <AcceptInvitationForm token={token} invitation={invitation} user={user} />
    </AuthLayout>
  );
}
