// Where an invitation link lands: says what it offers, then creates the account (or
// signs in to the existing one) and opens the statements.
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
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

export function InvitationPage({ token, user }: InvitationPageProps) {
  const [invitation, setInvitation] = useState<InvitationPreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    invitationsApi.preview(token, controller.signal).then(setInvitation, (failure: unknown) => {
      if (!controller.signal.aborted) setError(errorMessage(failure));
    });
    return () => controller.abort();
  }, [token]);

  if (error) {
    return (
      <AuthLayout title="This invitation cannot be used">
        <p className="stack">{error}</p>
        <p className="auth__footer">
          <Link to="/">Go to Plenary</Link>
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
