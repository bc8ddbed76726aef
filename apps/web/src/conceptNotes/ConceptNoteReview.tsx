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

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

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
        Review the concept note
      </h3>
      <p className="import-review__source">
        <span className="import-review__file">{preview.fileName}</span> ·{' '}
        {formatName(preview.format)} · found {plural(note.objectives.length, 'objective')} and{' '}
        {plural(note.discussionPoints.length, 'discussion point')}
      </p>
      <p className="import-review__lead">
        Nothing is saved until you confirm. Correct anything that was read wrongly; a field the note
        does not state stays as it is.
      </p>
      {note.notice ? <p className="notice notice--warning">{note.notice}</p> : null}
      {Object.keys(draft.checks).length > 0 ? (
        <p className="import-review__lead">
          Fields marked “Check this” were guessed from the surrounding text: check them first.
        </p>
      ) : null}
      {replaced > 0 ? (
        <p className="notice notice--info">
          Confirming replaces the {plural(current.discussionPoints.length, 'discussion point')} and{' '}
          {plural(current.objectives.length, 'objective')} the debate lists now.
        </p>
      ) : null}

      <ReviewFields
        draft={draft}
        onChange={(name, value) => change({ values: { ...draft.values, [name]: value } })}
      />
      <LabelledItemsEditor
        title="Objectives"
        noun="objective"
        hint="What the meeting sets out to achieve, with the note’s own labels."
        items={draft.objectives}
        onChange={setItems('objectives')}
      />
      <LabelledItemsEditor
        title="Discussion points"
        noun="discussion point"
        hint="The questions speakers are invited to address; drafters see them beside the statement."
        items={draft.discussionPoints}
        onChange={setItems('discussionPoints')}
      />

      <ErrorNotice message={error} />
      {discarding ? (
        <div className="import-review__discard" role="alert">
          <p>Discard this import and your corrections? The debate stays as it is.</p>
          <button
            type="button"
            className="button button--small"
            autoFocus
            onClick={() => setDiscarding(false)}
          >
            Keep reviewing
          </button>
          <button type="button" className="button button--small button--danger" onClick={onCancel}>
            Discard
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
          {busy ? 'Importing…' : 'Confirm import'}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={busy}
          onClick={() => (edited ? setDiscarding(true) : onCancel())}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
