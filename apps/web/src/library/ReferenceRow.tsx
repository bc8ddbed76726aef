import { Link } from '../routing/Link';
import { referencePath } from '../routing/useRoute';
import { RelativeTime } from '../ui/RelativeTime';
import { describeReference } from './describeReference';
import type { Reference } from './referencesApi';

interface ReferenceRowProps {
  reference: Reference;
  byMe: boolean;
  canDelete: boolean;
  onDelete: () => void;
}

/** One library document: its title to open it, what identifies it, and when it arrived. */
export function ReferenceRow({ reference, byMe, canDelete, onDelete }: ReferenceRowProps) {
  return (
    <li className="item-list__item reference-row">
      <div className="reference-row__main">
        <Link to={referencePath(reference.id)} className="item-list__title">
          {reference.title}
        </Link>
        <p className="item-list__meta">
          {describeReference(reference)}
          {reference.symbol ? null : ' · no document symbol'}
        </p>
        <p className="item-list__meta">
          Added <RelativeTime iso={reference.createdAt} />
          {byMe ? ' by you' : ''} · {reference.fileName}
        </p>
      </div>
      {canDelete ? (
        <button
          type="button"
          className="button button--quiet button--small button--danger-text"
          aria-label={`Remove “${reference.title}” from the library`}
          onClick={onDelete}
        >
          Remove
        </button>
      ) : null}
    </li>
  );
}
