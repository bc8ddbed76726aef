// The debate's discussion points and objectives; for organizers, the concept-note
// import: choose or drop the file, watch it upload, review, confirm.
import { useRef, useState } from 'react';
import type { Debate } from '../debates/debatesApi';
import { FileDropZone } from '../uploads/FileDropZone';
import { UploadStatus } from '../uploads/UploadStatus';
import { useUpload } from '../uploads/useUpload';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LineIcon } from '../ui/LineIcon';
import { conceptNotesApi, type ConceptNotePreview, type DebatePoints } from './conceptNotesApi';
import { ConceptNoteReview } from './ConceptNoteReview';
import { LabelledList } from './LabelledList';
import { useDebatePoints } from './useDebatePoints';

const NO_POINTS: DebatePoints = { objectives: [], discussionPoints: [] };

interface ConceptNoteSectionProps {
  debate: Debate;
  canManage: boolean;
  /** The debate's fields changed: the page reloads them. */
  onImported: () => void;
}

export function ConceptNoteSection({ debate, canManage, onImported }: ConceptNoteSectionProps) {
  const { points, error, reload } = useDebatePoints(debate.id);
  const upload = useUpload();
  const [choosing, setChoosing] = useState(false);
  const [preview, setPreview] = useState<ConceptNotePreview | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  async function read(file: File): Promise<void> {
    const result = await upload.start(file, (chosen, options) =>
      conceptNotesApi.preview(debate.id, chosen, options),
    );
    if (result) setPreview(result);
  }

  function close(message: string): void {
    setPreview(null);
    setChoosing(false);
    upload.reset();
    setAnnouncement(message);
    heading.current?.focus();
  }

  const objectives = points?.objectives ?? [];
  const discussionPoints = points?.discussionPoints ?? [];
  const importing = choosing || preview !== null;
  return (
    <section aria-labelledby="points-heading" className="section">
      <div className="section__header">
        <h2 id="points-heading" ref={heading} tabIndex={-1} className="section__title">
          Discussion points
        </h2>
        {canManage && !importing ? (
          <button type="button" className="button button--small" onClick={() => setChoosing(true)}>
            <LineIcon name="upload" /> Import concept note
          </button>
        ) : null}
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ErrorNotice message={error} />

      {preview ? (
        <ConceptNoteReview
          preview={preview}
          debate={debate}
          current={points ?? NO_POINTS}
          onConfirmed={() => {
            reload();
            onImported();
            close('Concept note imported. The debate and its points are updated.');
          }}
          onCancel={() => close('Import cancelled. Nothing was changed.')}
        />
      ) : null}
      {choosing && !preview ? (
        <div className="card import-start">
          <h3 className="card__title">Import a concept note</h3>
          <p className="muted">
            Plenary reads the meeting’s details, objectives and discussion points. You review
            everything before it is saved.
          </p>
          <UploadStatus state={upload.state} onCancel={upload.reset} />
          <FileDropZone
            inputLabel="Concept note file"
            prompt="Drop the concept note here"
            disabled={upload.state.phase === 'sending' || upload.state.phase === 'reading'}
            onFile={(file) => void read(file)}
          />
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => close('')}
          >
            Cancel
          </button>
        </div>
      ) : null}

      {!preview && points && discussionPoints.length === 0 && objectives.length === 0 ? (
        <p className="hint-card">
          No discussion points yet.
          {canManage
            ? ' Import the concept note to list them.'
            : ' The organizer adds them from the concept note.'}
        </p>
      ) : null}
      {!preview && discussionPoints.length > 0 ? (
        <LabelledList items={discussionPoints} label="Discussion points" />
      ) : null}
      {!preview && objectives.length > 0 ? (
        <>
          <h3 className="section__subtitle">Objectives</h3>
          <LabelledList items={objectives} label="Objectives" compact />
        </>
      ) : null}
    </section>
  );
}
