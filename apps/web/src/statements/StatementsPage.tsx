import { useEffect, useState } from 'react';
import type { Statement } from '../api/statementsApi';
import { TrashedNotice } from '../trash/TrashedNotice';
import { useMemberships } from '../debates/useMemberships';
import { navigate, statementPath } from '../routing/useRoute';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CreateStatementForm } from './CreateStatementForm';
import { DeleteStatementDialog } from './DeleteStatementDialog';
import { OnboardingHint } from './OnboardingHint';
import { StatementList } from './StatementList';
import { useStatements } from './useStatements';
import { t } from '../i18n/messages/statements';

/** The home screen: every statement the person may see, newest activity first. */
export function StatementsPage() {
  const { statements, loadError, upsert, remove, reload } = useStatements();
  const { memberships, error: membershipError } = useMemberships();
  const [toDelete, setToDelete] = useState<Statement | null>(null);
  const [trashed, setTrashed] = useState<Statement | null>(null);

  useEffect(() => {
    document.title = t('page.document');
  }, []);

  const drafting = memberships?.draftingDelegations ?? [];
  return (
    <div className="page page--list">
      <header className="page__header">
        <h1>{t('page.title')}</h1>
        <p className="page__lead">{t('page.lead')}</p>
      </header>

      {memberships && drafting.length > 0 ? (
        <CreateStatementForm
          delegations={drafting}
          debates={memberships.debates}
          onCreated={(statement) => navigate(statementPath(statement.id))}
        />
      ) : null}
      {memberships && drafting.length === 0 ? <OnboardingHint memberships={memberships} /> : null}
      <ErrorNotice message={membershipError} />

      <section aria-labelledby="statements-heading" className="statements">
        <h2 id="statements-heading" className="visually-hidden">
          {t('page.all')}
        </h2>
        <ErrorNotice message={loadError}>
          {' '}
          <button type="button" className="button button--link" onClick={reload}>
            {t('page.retry')}
          </button>
        </ErrorNotice>
        {statements === null && !loadError ? (
          <p className="muted" aria-busy="true">
            {t('page.loading')}
          </p>
        ) : null}
        {statements?.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">{t('page.emptyTitle')}</p>
            <p>{t('page.empty')}</p>
          </div>
        ) : null}
        {statements && statements.length > 0 ? (
          <StatementList
            statements={statements}
            memberships={memberships}
            onRenamed={upsert}
            onDeleteRequested={setToDelete}
          />
        ) : null}
      </section>

      <DeleteStatementDialog
        statement={toDelete}
        onCancel={() => setToDelete(null)}
        onDeleted={(statement) => {
          remove(statement.id);
          setToDelete(null);
          setTrashed(statement);
        }}
      />
      {trashed ? (
        <TrashedNotice
          statement={trashed}
          onRestored={(statement) => {
            upsert(statement);
            setTrashed(null);
          }}
          onDismiss={() => setTrashed(null)}
        />
      ) : null}
    </div>
  );
}
