import type { StatementStatus } from '../api/statementsApi';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { versionsApi, type Version } from './versionsApi';
import { t } from '../i18n/messages/versions';
import { interleave } from '../i18n/interleave';

interface RestoreVersionDialogProps {
  version: Version | null;
  status: StatementStatus;
  onRestored: (version: Version) => void;
  onCancel: () => void;
}

/**
 * Confirms bringing an old text back. It says plainly that nothing is lost: the current
 * text is kept as a version first, and the restore is a new change everyone sees.
 */
export function RestoreVersionDialog({
  version,
  status,
  onRestored,
  onCancel,
}: RestoreVersionDialogProps) {
  const name = version?.name ?? '';
  return (
    <ConfirmDialog
      open={version !== null}
      title={t('restore.title')}
      confirmLabel={t('restore.confirm')}
      busyLabel={t('restore.busy')}
      tone="primary"
      onCancel={onCancel}
      onConfirm={async () => {
        if (version) onRestored(await versionsApi.restore(version.id));
      }}
    >
      <p>
        {interleave(t('restore.replaces'), {
          name: <strong className="quoted-title">{name}</strong>,
        })}
      </p>
      <p>
        {interleave(t('restore.nothingLost'), {
          before: <span className="quoted-title">{t('restore.before', { name })}</span>,
        })}
      </p>
      {status === 'cleared' ? <p className="muted">{t('restore.cleared')}</p> : null}
    </ConfirmDialog>
  );
}
