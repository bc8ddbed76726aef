// Banners above the document for the things a drafter must not miss.
import type { CollabClose } from '../collab/describeClose';
import type { CollabSession } from '../collab/CollabSession';
import { Link } from '../routing/Link';
import { CopyTextButton } from './CopyTextButton';
import { t } from '../i18n/messages/editor';

interface StatementNoticesProps {
  session: CollabSession | null;
  deleted: boolean;
  notFound: boolean;
  close: CollabClose | null;
  loadError: string | null;
  /** The person's role, when known; reviewers and viewers read without editing. */
  role: string | null;
}

export function StatementNotices({
  session,
  deleted,
  notFound,
  close,
  loadError,
  role,
}: StatementNoticesProps) {
  if (deleted || notFound) {
    return (
      <div className="notice notice--danger" role="alert" data-notice="deleted">
        <p className="notice__title">{deleted ? t('notices.deleted') : t('notices.notFound')}</p>
        <p>
          {deleted ? t('notices.movedToTrash') : ''}
          {t('notices.keptCopy')}
        </p>
        <p className="notice__actions">
          {session ? <CopyTextButton doc={session.doc} /> : null}
          <Link to="/" className="button button--quiet button--small">
            {t('notices.back')}
          </Link>
        </p>
      </div>
    );
  }
  if (close) {
    return (
      <div className="notice notice--warning" role="alert" data-notice="closed">
        <p className="notice__title">{close.title}</p>
        <p>{close.message}</p>
      </div>
    );
  }
  if (loadError) {
    return (
      <div className="notice notice--warning" role="alert" data-notice="load-error">
        <p className="notice__title">{t('notices.loadFailed')}</p>
        <p>{t('notices.keepWriting', { error: loadError })}</p>
      </div>
    );
  }
  if (role === 'reviewer') {
    return (
      <div className="notice notice--info" data-notice="suggesting">
        <p>{t('notices.reviewer')}</p>
      </div>
    );
  }
  if (role === 'viewer') {
    return (
      <div className="notice notice--info" data-notice="read-only">
        <p>{t('notices.viewer')}</p>
      </div>
    );
  }
  return null;
}
