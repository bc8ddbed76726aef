import { t } from '../i18n/messages/safeguards';
import { useState } from 'react';
import { Link } from '../routing/Link';
import { referencePath } from '../routing/useRoute';
import { RelativeTime } from '../ui/RelativeTime';
import { describeReference } from './describeReference';
import { ReferenceDetailsForm } from './ReferenceDetailsForm';
import type { Reference } from './referencesApi';
import { t as library } from '../i18n/messages/library';
import { interleave } from '../i18n/interleave';

interface ReferenceRowProps {
  reference: Reference;
  byMe: boolean;
  /** Organizers and the uploader may correct the details and remove the document. */
  canDelete: boolean;
  onDelete: () => void;
  onUpdated: (reference: Reference) => void;
}

/** One library document: its title to open it, what identifies it, and when it arrived. */
export function ReferenceRow(props: ReferenceRowProps) {
  const { reference, byMe, canDelete, onDelete, onUpdated } = props;
  const [editing, setEditing] = useState(false);
  return (
    <li className="item-list__item reference-row">
      <div className="reference-row__main">
        <Link to={referencePath(reference.id)} className="item-list__title">
          {reference.title}
        </Link>
        <p className="item-list__meta">
          {describeReference(reference)}
          {reference.symbol ? null : library('list.noSymbol')}
        </p>
        <p className="item-list__meta">
          {interleave(library('list.addedWhen'), {
            when: <RelativeTime iso={reference.createdAt} />,
            byMe: byMe ? library('list.byYou') : '',
            file: reference.fileName,
          })}
        </p>
        {editing ? (
          <ReferenceDetailsForm
            reference={reference}
            onSaved={(saved) => {
              setEditing(false);
              onUpdated(saved);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : null}
      </div>
      {canDelete && !editing ? (
        <button
          type="button"
          className="button button--quiet button--small"
          aria-label={t('library.editLabel', { title: reference.title })}
          onClick={() => setEditing(true)}
        >
          {t('library.edit')}
        </button>
      ) : null}
      {canDelete ? (
        <button
          type="button"
          className="button button--quiet button--small button--danger-text"
          aria-label={library('list.removeLabel', { title: reference.title })}
          onClick={onDelete}
        >
          {library('list.remove')}
        </button>
      ) : null}
    </li>
  );
}
