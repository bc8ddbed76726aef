import { lazy, Suspense, useState } from 'react';
import { AppHeader } from './AppHeader';
import { DisplayNameDialog } from './identity/DisplayNameDialog';
import { useIdentity } from './identity/useIdentity';
import { useRoute } from './routing/useRoute';
import { StatementsPage } from './statements/StatementsPage';
import { NotFoundPage } from './ui/NotFoundPage';

// The editor (TipTap, ProseMirror, Yjs) is most of the bundle; the list should not wait for it.
const StatementPage = lazy(() =>
  import('./editor/StatementPage').then((module) => ({ default: module.StatementPage })),
);

export function App() {
  const route = useRoute();
  const identity = useIdentity();
  const [changingName, setChangingName] = useState(false);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader identity={identity} onChangeName={() => setChangingName(true)} />
      <main id="main" tabIndex={-1}>
        {route.name === 'statements' ? <StatementsPage /> : null}
        {route.name === 'statement' ? (
          <Suspense fallback={<p className="page muted">Opening the editor…</p>}>
            <StatementPage
              key={route.statementId}
              statementId={route.statementId}
              identity={identity}
            />
          </Suspense>
        ) : null}
        {route.name === 'notFound' ? <NotFoundPage /> : null}
      </main>
      <DisplayNameDialog
        open={identity === null || changingName}
        identity={identity}
        onDone={() => setChangingName(false)}
      />
    </>
  );
}
