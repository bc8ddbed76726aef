import type { Delegation } from '../debates/debatesApi';
import type { DownloadResult } from './DownloadLink';
import type { DelegationSubmissions as Row } from './submissionsByDelegation';
import { SubmittedStatement } from './SubmittedStatement';
import { t } from '../i18n/messages/compilation';

interface DelegationSubmissionsProps {
  row: Row;
  /** Every delegation of the debate, to name the partners in a joint statement. */
  names: ReadonlyMap<string, string>;
  onDownload: (result: DownloadResult) => void;
}

/** One delegation: whether it has submitted, and each of its statements. */
export function DelegationSubmissions({ row, names, onDownload }: DelegationSubmissionsProps) {
  const { delegation, statements, submitted } = row;
  const state = stateOf(row);
  return (
    <li className="submission" data-state={state.key}>
      <div className="submission__header">
        <h3 id={`submission-${delegation.id}`} className="submission__name">
          {delegation.name}
        </h3>
        <span className="submission__state">{state.label}</span>
      </div>
      {statements.length === 0 ? null : (
        <ul
          className="submission__statements"
          aria-label={t('delegation.statements', { name: delegation.name })}
        >
          {statements.map((statement) => (
            <SubmittedStatement
              key={statement.id}
              statement={statement}
              jointWith={partners(statement.delegationIds, delegation, names)}
              onDownload={onDownload}
            />
          ))}
        </ul>
      )}
      {submitted > 1 ? (
        <p className="submission__note">{t('delegation.several', { count: submitted })}</p>
      ) : null}
    </li>
  );
}

function stateOf({ statements, submitted }: Row): { key: string; label: string } {
  if (submitted > 0) return { key: 'submitted', label: t('delegation.submitted') };
  if (statements.length === 0) return { key: 'none', label: t('delegation.none') };
  return { key: 'pending', label: t('delegation.pending') };
}

function partners(ids: string[], own: Delegation, names: ReadonlyMap<string, string>): string[] {
  return ids
    .filter((id) => id !== own.id)
    .map((id) => names.get(id))
    .filter((name): name is string => Boolean(name));
}
