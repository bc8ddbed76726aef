// The import review: what the importer read, every field and point editable, and one
// Confirm that applies it all at once. Nothing reaches the debate before that click.
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import type { Debate } from '../debates/debatesApi';
import { formatName } from '../uploads/formatName';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useLeaveWarning } from '../ui/useLeaveWarning';
import {
  conceptNotesApi,
  type ConceptNotePreview,
  type ConfirmedImport,
  type DebatePoints,
} from './conceptNotesApi';
import { LabelledItemsEditor } from './LabelledItemsEditor';
import { draftFrom, type ItemKind, type ReviewDraft } from './reviewDraft';
import { ReviewFields } from './ReviewFields';
import { reviewToImport } from './reviewToImport';
import { t } from '../i18n/messages/conceptNotes';
import { interleave } from '../i18n/interleave';

interface ConceptNoteReviewProps {
  preview: ConceptNotePreview;
  /** Null while starting a new debate from the note: `onConfirm` then creates it. */
  debate: Debate | null;
  /** What the debate lists now; confirming replaces it. */
  current: DebatePoints;
  onConfirmed: () => void;
  onCancel: () => void;
  /** Applies the reviewed import; by default to `debate`. */
  onConfirm?: (input: ConfirmedImport) => Promise<void>;
}

export function ConceptNoteReview(props: ConceptNoteReviewProps) {
  const { preview, debate, current, onConfirmed, onCancel, onConfirm } = props;
  const [draft, setDraft] = useState<ReviewDraft>(() => draftFrom(preview.note, debate));
  const [edited, setEdited] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useLeaveWarning(true);

  useEffect(() => heading.current?.focus(), []);

  function change(next: Partial<ReviewDraft>): void {
    setDraft((previous) => ({ ...previous, ...next }));
    setEdited(true);
    setDiscarding(false);
    // The message was about what the person is now correcting; a stale one would mislead.
    setError(null);
  }

  const setItems = (kind: ItemKind) => (items: ReviewDraft[ItemKind]) => change({ [kind]: items });

  async function confirm(): Promise<void> {
    const result = reviewToImport(preview, draft);
    if (!result.ok) {
      setError(result.message);
      document.getElementById(result.focusId)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (onConfirm) await onConfirm(result.input);
      else if (debate) await conceptNotesApi.confirm(debate.id, result.input);
      onConfirmed();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  const { note } = preview;
  const replaced = current.objectives.length + current.discussionPoints.length;
  return (
    // Enter in a field must not apply the import: only the Confirm button does.
    <form className="import-review" onSubmit={(event) => event.preventDefault()} aria-busy={busy}>
      <h3 ref={heading} tabIndex={-1} className="import-review__title">
        {t('review.title')}
      </h3>
      <p className="import-review__source">
        {interleave(t('review.source'), {
          file: <span className="import-review__file">{preview.fileName}</span>,
          format: formatName(preview.format),
          objectives: t('counts.objectives', { count: note.objectives.length }),
          points: t('counts.discussionPoints', { count: note.discussionPoints.length }),
        })}
      </p>
      <p className="import-review__lead">{t('review.lead')}</p>
      {note.notice ? <p className="notice notice--warning">{note.notice}</p> : null}
      {Object.keys(draft.checks).length > 0 ? (
        <p className="import-review__lead">{t('review.checkFirst')}</p>
      ) : null}
      {replaced > 0 ? (
        <p className="notice notice--info">
          {t('review.replaces', {
            points: t('counts.discussionPoints', { count: current.discussionPoints.length }),
            objectives: t('counts.objectives', { count: current.objectives.length }),
          })}
        </p>
      ) : null}

      <ReviewFields
        draft={draft}
        onChange={(name, value) => change({ values: { ...draft.values, [name]: value } })}
      />
      <LabelledItemsEditor
        title={t('review.objectives')}
        noun={t('nouns.objective')}
        hint={t('review.objectivesHint')}
        items={draft.objectives}
        onChange={setItems('objectives')}
      />
      <LabelledItemsEditor
        title={t('review.discussionPoints')}
        noun={t('nouns.discussionPoint')}
        hint={t('review.discussionPointsHint')}
        items={draft.discussionPoints}
        onChange={setItems('discussionPoints')}
      />

      <ErrorNotice message={error} />
      {discarding ? (
        <div className="import-review__discard" role="alert">
          <p>{t('review.discard')}</p>
          <button
            type="button"
            className="button button--small"
            autoFocus
            onClick={() => setDiscarding(false)}
          >
            {t('review.keepReviewing')}
          </button>
          <button type="button" className="button button--small button--danger" onClick={onCancel}>
            {t('review.discardButton')}
          </button>
        </div>
      ) : null}
      <div className="import-review__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void confirm()}
        >
          {busy ? t('review.importing') : t('review.confirm')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={busy}
          onClick={() => (edited ? setDiscarding(true) : onCancel())}
        >
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
