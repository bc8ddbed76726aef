import type { Statement } from '../api/statementsApi';
import type { Memberships } from '../debates/useMemberships';
import { StatementRow } from './StatementRow';

interface StatementListProps {
  statements: Statement[];
  memberships: Memberships | null;
  onRenamed: (statement: Statement) => void;
  onDeleteRequested: (statement: Statement) => void;
}

/** The statements, each labelled with its delegations and debate. */
export function StatementList({ statements, memberships, ...handlers }: StatementListProps) {
  return (
    <ul className="statement-list">
      {statements.map((statement) => (
        <StatementRow
          key={statement.id}
          statement={statement}
          context={memberships ? contextOf(memberships, statement) : ''}
          canChange={statement.abilities?.rename ?? false}
          {...handlers}
        />
      ))}
    </ul>
  );
}

function contextOf(memberships: Memberships, statement: Statement): string {
  const names = statement.delegationIds
    .map((id) => memberships.delegations.get(id)?.name)
    .filter((name): name is string => Boolean(name));
  const theme = memberships.debates.get(statement.debateId)?.theme;
  return [names.join(', '), theme].filter(Boolean).join(' · ');
}
