// Banners above the document for the things a drafter must not miss.
import type { CollabClose } from '../collab/describeClose';
import type { CollabSession } from '../collab/CollabSession';
import { Link } from '../routing/Link';
import { CopyTextButton } from './CopyTextButton';

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
        <p className="notice__title">
          {deleted ? 'This statement was deleted' : 'This statement no longer exists on the server'}
        </p>
        <p>
          {deleted
            ? 'Someone moved it to the debate’s Trash while it was open here; a drafter or an organizer can restore it from there for 30 days. '
            : ''}
          The text below is the copy kept on this device and can no longer be edited. Copy anything
          you need before leaving.
        </p>
        <p className="notice__actions">
          {session ? <CopyTextButton doc={session.doc} /> : null}
          <Link to="/" className="button button--quiet button--small">
            Back to statements
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
        <p className="notice__title">The statement’s details could not be loaded</p>
        <p>{loadError} You can keep writing: the text is saved on this device.</p>
      </div>
    );
  }
  if (role === 'reviewer') {
    return (
      <div className="notice notice--info" data-notice="suggesting">
        <p>
          You are a <strong>reviewer</strong> of this statement: what you type or delete becomes a
          suggestion that its drafters accept or reject. You can also comment on it.
        </p>
      </div>
    );
  }
  if (role === 'viewer') {
    return (
      <div className="notice notice--info" data-notice="read-only">
        <p>
          You are a <strong>viewer</strong> of this statement: you can read it and its comments and
          see who is working on it, but not change its text.
        </p>
      </div>
    );
  }
  return null;
}
