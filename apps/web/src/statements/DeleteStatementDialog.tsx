import { statementsApi, type Statement } from '../api/statementsApi';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface DeleteStatementDialogProps {
  statement: Statement | null;
  onDeleted: (statementId: string) => void;
  onCancel: () => void;
}

export function DeleteStatementDialog({
  statement,
  onDeleted,
  onCancel,
}: DeleteStatementDialogProps) {
  return (
    <ConfirmDialog
      open={statement !== null}
      title="Delete this statement?"
      confirmLabel="Delete statement"
      busyLabel="Deleting…"
      tone="danger"
      onCancel={onCancel}
      onConfirm={async () => {
        if (!statement) return;
        await statementsApi.remove(statement.id);
        onDeleted(statement.id);
      }}
    >
      <p>
        <strong className="quoted-title">{statement?.title}</strong> and its text will be removed
        for everyone working on it. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
