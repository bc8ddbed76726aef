import type { StatementStatus } from '../api/statementsApi';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { versionsApi, type Version } from './versionsApi';

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
      title="Restore this version?"
      confirmLabel="Restore this version"
      busyLabel="Restoring…"
      tone="primary"
      onCancel={onCancel}
      onConfirm={async () => {
        if (version) onRestored(await versionsApi.restore(version.id));
      }}
    >
      <p>
        The text of <strong className="quoted-title">{name}</strong> will replace the current text,
        for everyone who has the statement open.
      </p>
      <p>
        Nothing is lost: the current text is first kept as the version{' '}
        <span className="quoted-title">Before restoring “{name}”</span>, and the restore is recorded
        as a new change on top, in the statement’s history.
      </p>
      {status === 'cleared' ? (
        <p className="muted">
          The statement is cleared: changing its text returns it to draft, and it will need
          clearance again.
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
