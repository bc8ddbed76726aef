import { useEffect, useState } from 'react';
import type { Statement } from '../api/statementsApi';
import { navigate, statementPath } from '../routing/useRoute';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CreateStatementForm } from './CreateStatementForm';
import { DeleteStatementDialog } from './DeleteStatementDialog';
import { StatementRow } from './StatementRow';
import { useStatements } from './useStatements';

/** The home screen: every statement, newest activity first, and a way to start one. */
export function StatementsPage() {
  const { statements, loadError, upsert, remove, reload } = useStatements();
  const [toDelete, setToDelete] = useState<Statement | null>(null);

  useEffect(() => {
    document.title = 'Statements — Plenary';
  }, []);

  return (
    <div className="page page--list">
      <header className="page__header">
        <h1>Statements</h1>
        <p className="page__lead">
          Drafts your delegation is preparing. Everyone with the link can edit together.
        </p>
      </header>

      <CreateStatementForm onCreated={(statement) => navigate(statementPath(statement.id))} />

      <section aria-labelledby="statements-heading" className="statements">
        <h2 id="statements-heading" className="visually-hidden">
          All statements
        </h2>
        <ErrorNotice message={loadError}>
          {' '}
          <button type="button" className="button button--link" onClick={reload}>
            Try again
          </button>
        </ErrorNotice>
        {statements === null && !loadError ? (
          <p className="muted" aria-busy="true">
            Loading statements…
          </p>
        ) : null}
        {statements?.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">No statements yet</p>
            <p>
              Create the first one above — for example, your delegation’s statement for the next
              open debate.
            </p>
          </div>
        ) : null}
        {statements && statements.length > 0 ? (
          <ul className="statement-list">
            {statements.map((statement) => (
              <StatementRow
                key={statement.id}
                statement={statement}
                onRenamed={upsert}
                onDeleteRequested={setToDelete}
              />
            ))}
          </ul>
        ) : null}
      </section>

      <DeleteStatementDialog
        statement={toDelete}
        onCancel={() => setToDelete(null)}
        onDeleted={(statementId) => {
          remove(statementId);
          setToDelete(null);
        }}
      />
    </div>
  );
}
