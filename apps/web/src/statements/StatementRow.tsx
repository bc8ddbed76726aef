import { useRef, useState } from 'react';
import type { Statement } from '../api/statementsApi';
import { Link } from '../routing/Link';
import { statementPath } from '../routing/useRoute';
import { RelativeTime } from '../ui/RelativeTime';
import { StatusBadge } from '../workflow/StatusBadge';
import { RenameStatementForm } from './RenameStatementForm';
import { t } from '../i18n/messages/statements';
import { interleave } from '../i18n/interleave';

interface StatementRowProps {
  statement: Statement;
  /** Delegations and debate, e.g. "Viet Nam · Protection of civilians". */
  context: string;
  /** The person drafts for an owning delegation, so may rename and delete. */
  canChange: boolean;
  onRenamed: (statement: Statement) => void;
  onDeleteRequested: (statement: Statement) => void;
}

/** One statement in the list, with its rename and delete actions. */
export function StatementRow({
  statement,
  context,
  canChange,
  onRenamed,
  onDeleteRequested,
}: StatementRowProps) {
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);

  function finishRename(): void {
    setRenaming(false);
    // Return focus to where the keyboard user started, not to the top of the page.
    requestAnimationFrame(() => renameButton.current?.focus());
  }

  return (
    <li className="statement-row" data-statement-id={statement.id}>
      <div className="statement-row__main">
        {renaming ? (
          <RenameStatementForm
            statement={statement}
            onRenamed={(renamed) => {
              onRenamed(renamed);
              finishRename();
            }}
            onCancel={finishRename}
          />
        ) : (
          <Link className="statement-row__title" to={statementPath(statement.id)}>
            {statement.title}
          </Link>
        )}
        <p className="statement-row__meta">
          {context ? <span className="statement-row__context">{context}</span> : null}
          <span>
            {interleave(t('row.updated'), { when: <RelativeTime iso={statement.updatedAt} /> })}
          </span>
          {statement.status !== 'draft' || statement.revision > 1 ? (
            <StatusBadge status={statement.status} revision={statement.revision} />
          ) : null}
        </p>
      </div>
      {renaming || !canChange ? null : (
        <div className="statement-row__actions">
          <button
            ref={renameButton}
            type="button"
            className="button button--quiet button--small"
            aria-label={t('row.renameLabel', { title: statement.title })}
            onClick={() => setRenaming(true)}
          >
            {t('row.rename')}
          </button>
          <button
            type="button"
            className="button button--quiet button--small button--danger-text"
            aria-label={t('row.deleteLabel', { title: statement.title })}
            onClick={() => onDeleteRequested(statement)}
          >
            {t('row.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
