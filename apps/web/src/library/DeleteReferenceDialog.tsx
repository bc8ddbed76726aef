import { ConfirmDialog } from '../ui/ConfirmDialog';
import { referencesApi, type Reference } from './referencesApi';
import { t } from '../i18n/messages/library';
import { interleave } from '../i18n/interleave';

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
      title={t('delete.title')}
      confirmLabel={t('delete.confirm')}
      busyLabel={t('delete.busy')}
      tone="danger"
      onCancel={onCancel}
      onConfirm={async () => {
        if (!reference) return;
        await referencesApi.remove(reference.id);
        onDeleted(reference.id);
      }}
    >
      <p>
        {interleave(t('delete.body'), {
          title: <strong className="quoted-title">{reference?.title}</strong>,
        })}
      </p>
    </ConfirmDialog>
  );
}
