// Where an upload stands: a progress bar while the bytes travel, an indeterminate one
// while the server reads the document, and the server's own words if it was refused, with
// whatever the caller offers to do next.
import type { ReactNode } from 'react';
import { formatBytes } from './fileProblem';
import type { UploadState } from './useUpload';
import { t } from '../i18n/messages/uploads';

interface UploadStatusProps {
  state: UploadState;
  onCancel: () => void;
  /** Shown with a refusal: another way to read the same file. */
  children?: ReactNode;
}

export function UploadStatus({ state, onCancel, children }: UploadStatusProps) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'failed') {
    return (
      <div className="error-notice upload-failure" role="alert">
        <p className="upload-failure__title">{t('failed', { name: state.fileName })}</p>
        <p>{state.message}</p>
        <div className="upload-failure__actions">
          {children}
          <button type="button" className="button button--link" onClick={onCancel}>
            {t('dismiss')}
          </button>
        </div>
      </div>
    );
  }
  const sending = state.phase === 'sending';
  const percent = sending && state.total > 0 ? Math.round((state.loaded / state.total) * 100) : 0;
  return (
    <div className="upload-status" aria-busy="true">
      <p className="upload-status__line">
        <span className="upload-status__file">{state.fileName}</span>
        {/* Announced once per phase, not at every percent. */}
        <span role="status" className="upload-status__phase">
          {sending ? t('uploading') : t('reading')}
        </span>
        {sending ? (
          <span className="upload-status__amount">
            {t('amount', { percent, total: formatBytes(state.total) })}
          </span>
        ) : null}
      </p>
      <div className="upload-status__row">
        <progress
          className="upload-status__bar"
          aria-label={t('progress', { name: state.fileName })}
          max={sending ? state.total || 1 : undefined}
          value={sending ? state.loaded : undefined}
        />
        {/* Once sent, the server may already be storing it: cancelling then would mislead. */}
        {sending ? (
          <button type="button" className="button button--quiet button--small" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
