// The bar above the sheet, put together: status and its actions, the redline since
// clearance when the text moved on, the history panel's toggle and the export menu.
import type { Statement } from '../api/statementsApi';
import { ExportMenu } from '../export/ExportMenu';
import type { StatementContext } from '../statements/useStatementContext';
import { HistoryToggle } from '../versions/HistoryToggle';
import type { HistoryPanelState } from '../versions/useHistoryPanel';
import type { VersionRecords } from '../versions/useVersionRecords';
import { editedAfterClearance } from './editedAfterClearance';
import { StatusBar } from './StatusBar';

interface WorkflowBarProps {
  statement: Statement;
  context: StatementContext | null;
  records: VersionRecords;
  history: HistoryPanelState;
  onStatement: (statement: Statement) => void;
}

export function WorkflowBar({
  statement,
  context,
  records,
  history,
  onStatement,
}: WorkflowBarProps) {
  const cleared = statement.clearedVersionId;
  return (
    <StatusBar
      statement={statement}
      role={context?.role ?? null}
      debate={context?.debate ?? null}
      editedAfterClearance={editedAfterClearance(statement, records.events)}
      onShowChangesSinceClearance={() => {
        if (cleared) history.show({ versionId: cleared, against: 'current', focus: true });
      }}
      onStatement={onStatement}
    >
      <HistoryToggle open={history.open} onToggle={() => history.setOpen(!history.open)} />
      <ExportMenu statement={statement} />
    </StatusBar>
  );
}
