// "Restore" on a deleted debate, busy while it runs (the debate's Trash has its own row).
import { t } from '../i18n/messages/trash';

interface RestoreButtonProps {
  busy: boolean;
  /** Another restore is under way. */
  disabled: boolean;
  onRestore: () => void;
}

export function RestoreButton({ busy, disabled, onRestore }: RestoreButtonProps) {
  return (
    <button type="button" className="button" disabled={disabled} onClick={onRestore}>
      {busy ? t('restoring') : t('restore')}
    </button>
  );
}
