import { Suspense, useState } from 'react';
import { errorMessage } from './api/ApiError';
import { lazyNamed } from './routing/lazyNamed';
import type { SessionUser } from './auth/sessionApi';
import { signOut } from './auth/useSession';
import { NotificationsBell } from './comments/NotificationsBell';
import { identityOf } from './identity/identityOf';
import { initialsOf } from './presence/initialsOf';
import { Link } from './routing/Link';
import type { Route } from './routing/useRoute';
import { t } from './i18n/messages/app';

// Opened from the header now and then: its own chunk, not part of every first load.
const ChangePasswordDialog = lazyNamed(
  () => import('./auth/ChangePasswordDialog'),
  'ChangePasswordDialog',
);

interface AppHeaderProps {
  user: SessionUser | null;
  route: Route;
}

export function AppHeader({ user, route }: AppHeaderProps) {
  const [error, setError] = useState<string | null>(null);
  const [changingPassword, setChangingPassword] = useState(false);
  const inStatements = route.name === 'statements' || route.name === 'statement';
  const inDebates =
    route.name === 'debates' ||
    route.name === 'debate' ||
    route.name === 'outcome' ||
    route.name === 'reference';

  return (
    <header className="app-header">
      <Link to="/" className="app-header__brand" aria-label={t('header.home')}>
        <span className="app-header__mark" aria-hidden="true">
          P
        </span>
        <span className="app-header__name">Plenary</span>
      </Link>
      {user ? (
        <>
          <nav className="app-header__nav" aria-label={t('header.nav')}>
            <Link to="/" aria-current={inStatements ? 'page' : undefined}>
              {t('header.statements')}
            </Link>
            <Link to="/debates" aria-current={inDebates ? 'page' : undefined}>
              {t('header.debates')}
            </Link>
          </nav>
          <div className="app-header__account">
            <NotificationsBell />
            <span className="identity-chip" title={user.email}>
              <span
                className="identity-chip__avatar"
                style={{ backgroundColor: identityOf(user).color }}
                aria-hidden="true"
              >
                {initialsOf(user.displayName)}
              </span>
              <span className="identity-chip__name">{user.displayName}</span>
            </span>
            <button
              type="button"
              className="button button--quiet button--small app-header__password"
              onClick={() => setChangingPassword(true)}
            >
              {t('header.password')}
            </button>
            {changingPassword ? (
              <Suspense fallback={null}>
                <ChangePasswordDialog
                  user={user}
                  open={changingPassword}
                  onClose={() => setChangingPassword(false)}
                />
              </Suspense>
            ) : null}
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() =>
                void signOut().catch((failure: unknown) => setError(errorMessage(failure)))
              }
            >
              {t('header.signOut')}
            </button>
            {error ? (
              <span className="field__error" role="alert">
                {error}
              </span>
            ) : null}
          </div>
        </>
      ) : null}
    </header>
  );
}
