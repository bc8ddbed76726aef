// The application shell: who is signed in decides between the account screens and
// the workspace; the route decides the screen.
import { Suspense, useEffect, useMemo } from 'react';
import { AppHeader } from './AppHeader';
import { SignInPage } from './auth/SignInPage';
import type { SessionUser } from './auth/sessionApi';
import { refreshSession, useSession } from './auth/useSession';
import { identityOf } from './identity/identityOf';
import { allowAppSocket } from './realtime/appSocket';
import {
  DebatePage,
  DebatesPage,
  InvitationPage,
  OutcomePage,
  ReferencePage,
  SetupPage,
  StatementPage,
  StatementsPage,
} from './routing/lazyPages';
import { useRoute, type Route } from './routing/useRoute';
import { NotFoundPage } from './ui/NotFoundPage';
import { t } from './i18n/messages/app';

export function App() {
  const route = useRoute();
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  // A statement page lets the socket load once its text is connected (StatementPage.tsx).
  useEffect(() => {
    if (route.name !== 'statement') allowAppSocket();
  }, [route.name]);

  let content;
  if (session.status === 'loading') {
    content = <p className="page muted">{t('opening')}</p>;
  } else if (session.status === 'failed') {
    content = (
      <div className="page page--narrow">
        <p className="error-notice" role="alert">
          {session.message}
        </p>
        <button type="button" className="button" onClick={() => void refreshSession()}>
          {t('retry')}
        </button>
      </div>
    );
  } else if (route.name === 'invitation') {
    content = <InvitationPage token={route.token} user={user} />;
  } else if (!user) {
    content = session.needsSetup ? <SetupPage /> : <SignInPage />;
  } else {
    content = <Workspace route={route} user={user} />;
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <AppHeader user={user} route={route} />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="page muted">Opening…</p>}>{content}</Suspense>
      </main>
    </>
  );
}

function Workspace({ route, user }: { route: Route; user: SessionUser }) {
  const identity = useMemo(() => identityOf(user), [user]);
  switch (route.name) {
    case 'statements':
      return <StatementsPage />;
    case 'statement':
      return (
        <Suspense fallback={<p className="page muted">Opening the editor…</p>}>
          <StatementPage
            key={route.statementId}
            statementId={route.statementId}
            identity={identity}
            userId={user.id}
          />
        </Suspense>
      );
    case 'debates':
      return <DebatesPage />;
    case 'debate':
      return <DebatePage key={route.debateId} debateId={route.debateId} user={user} />;
    case 'outcome':
      return (
        <OutcomePage
          key={route.debateId}
          debateId={route.debateId}
          identity={identity}
          userId={user.id}
        />
      );
    case 'reference':
      return <ReferencePage key={route.referenceId} referenceId={route.referenceId} />;
    default:
      return <NotFoundPage />;
  }
}
