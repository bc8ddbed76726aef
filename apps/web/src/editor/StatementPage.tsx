// The editor screen: composes the statement's metadata (REST + app events), its
// shared document (Yjs) and the people working on it.
import { STATEMENT_FRAGMENT } from '@plenary/schema';
import { useEffect, useState } from 'react';
import { STATEMENT_DELETED_CLOSE } from '../collab/describeClose';
import { useConnection, useStatementCollab } from '../collab/useStatementCollab';
import type { UserIdentity } from '../identity/useIdentity';
import { PresenceList } from '../presence/PresenceList';
import { useStatementEvents } from '../realtime/useStatementEvents';
import { Link } from '../routing/Link';
import { useStatement } from '../statements/useStatement';
import { NotFoundPage } from '../ui/NotFoundPage';
import { ConnectionBadge } from './ConnectionBadge';
import { StatementEditor } from './StatementEditor';
import { StatementNotices } from './StatementNotices';
import { StatementTitle } from './StatementTitle';

interface StatementPageProps {
  statementId: string;
  identity: UserIdentity | null;
}

export function StatementPage({ statementId, identity }: StatementPageProps) {
  const { statement, notFound, loadError, setStatement } = useStatement(statementId);
  const session = useStatementCollab(statementId);
  const connection = useConnection(session);
  const [deletedHere, setDeletedHere] = useState(false);
  useStatementEvents(statementId, {
    onUpdated: setStatement,
    onDeleted: () => setDeletedHere(true),
  });

  useEffect(() => {
    if (session && identity) session.setUser(identity);
  }, [session, identity]);

  useEffect(() => {
    document.title = `${statement?.title ?? 'Statement'} — Plenary`;
  }, [statement?.title]);

  const deleted = deletedHere || connection.close?.code === STATEMENT_DELETED_CLOSE;
  const gone = deleted || notFound;
  const hasLocalText =
    session !== null && session.doc.getXmlFragment(STATEMENT_FRAGMENT).length > 0;
  if (notFound && connection.localLoaded && !hasLocalText) {
    return <NotFoundPage what="statement" />;
  }
  const readOnly = gone || (connection.close?.readOnly ?? false);

  return (
    <div className="page page--statement">
      <div className="doc-bar">
        <Link to="/" className="doc-bar__back">
          <span aria-hidden="true">←</span> Statements
        </Link>
        <StatementTitle statement={statement} readOnly={gone} onRenamed={setStatement} />
        <div className="doc-bar__status">
          <PresenceList awareness={session?.awareness ?? null} />
          <ConnectionBadge connection={connection} />
        </div>
      </div>

      <StatementNotices
        session={session}
        deleted={deleted}
        notFound={notFound}
        close={deleted ? null : connection.close}
        loadError={loadError}
      />

      {session && identity && connection.localLoaded ? (
        <StatementEditor session={session} identity={identity} readOnly={readOnly} />
      ) : (
        <div className="paper paper--loading" aria-busy="true">
          <p className="muted">
            {identity ? 'Opening the statement…' : 'Tell us your name to start writing.'}
          </p>
        </div>
      )}
    </div>
  );
}
