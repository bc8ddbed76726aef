import { ConfirmDialog } from '../ui/ConfirmDialog';
import { referencesApi, type Reference } from './referencesApi';

interface DeleteReferenceDialogProps {
  reference: Reference | null;
  onDeleted: (referenceId: string) => void;
  onCancel: () => void;
}

export function DeleteReferenceDialog({
  reference,
  onDeleted,
  onCancel,
}: DeleteReferenceDialogProps) {
  return (
    <ConfirmDialog
      open={reference !== null}
      title="Remove this document?"
      confirmLabel="Remove document"
      busyLabel="Removing…"
      tone="danger"
      onCancel={onCancel}
      onConfirm={async () => {
        if (!reference) return;
        await referencesApi.remove(reference.id);
        onDeleted(reference.id);
      }}
    >
      <p>
        <strong className="quoted-title">{reference?.title}</strong> will be removed from the
        library for everyone in the debate, and will no longer appear in searches. Quotations
        already in statements stay as they are. It goes to the debate’s Trash, where an organizer or
        the person who added it can restore it for 30 days.
      </p>
    </ConfirmDialog>
  );
}
