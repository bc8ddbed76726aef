// The bar above the sheet, put together: status and its actions, the redline since
// clearance when the text moved on, the history panel's toggle, the export menu, and a
// warning when this device holds words that missed the submission.
import type * as Y from 'yjs';
import type { Statement } from '../api/statementsApi';
import { ExportMenu } from '../export/ExportMenu';
import type { StatementContext } from '../statements/useStatementContext';
import { HistoryToggle } from '../versions/HistoryToggle';
import type { HistoryPanelState } from '../versions/useHistoryPanel';
import type { VersionRecords } from '../versions/useVersionRecords';
import { editedAfterClearance } from './editedAfterClearance';
import { StatusBar } from './StatusBar';
import { lazyDialog } from '../ui/lazyDialog';

/** Only a submitted statement can hold words that missed the submission. */
const SubmittedTextNotice = lazyDialog(
  () => import('./SubmittedTextNotice'),
  'SubmittedTextNotice',
  (props) => props.statement.status === 'submitted',
);

interface WorkflowBarProps {
  statement: Statement;
  context: StatementContext | null;
  records: VersionRecords;
  history: HistoryPanelState;
  /** The shared document on this device, and whether it is in step with the server. */
  doc: Y.Doc | null;
  synced: boolean;
  onStatement: (statement: Statement) => void;
  openSuggestions?: number;
}

export function WorkflowBar(props: WorkflowBarProps) {
  const { statement, context, records, history, onStatement } = props;
  const cleared = statement.clearedVersionId;
  return (
    <>
      <StatusBar
        statement={statement}
        role={context?.role ?? null}
        debate={context?.debate ?? null}
        editedAfterClearance={editedAfterClearance(statement, records.events)}
        onShowChangesSinceClearance={() => {
          if (cleared) history.show({ versionId: cleared, against: 'current', focus: true });
        }}
        onStatement={onStatement}
        openSuggestions={props.openSuggestions}
      >
        <HistoryToggle open={history.open} onToggle={() => history.setOpen(!history.open)} />
        <ExportMenu statement={statement} />
      </StatusBar>
      <SubmittedTextNotice
        statement={statement}
        doc={props.doc}
        synced={props.synced}
        onShowSubmitted={(versionId) => history.show({ versionId, against: null, focus: true })}
      />
    </>
  );
}
