// The debate's discussion points and objectives; for organizers, the concept-note
// import: choose or drop the file, watch it upload, review, confirm.
import { useRef, useState } from 'react';
import type { Debate } from '../debates/debatesApi';
import { FileDropZone } from '../uploads/FileDropZone';
import { UploadStatus } from '../uploads/UploadStatus';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LineIcon } from '../ui/LineIcon';
import type { DebatePoints } from './conceptNotesApi';
import { ConceptNoteReview } from './ConceptNoteReview';
import { LabelledList } from './LabelledList';
import { ReadAnywayButton } from './ReadAnywayButton';
import { useDebatePoints } from './useDebatePoints';
import { useNotePreview } from './useNotePreview';
import { t } from '../i18n/messages/conceptNotes';

const NO_POINTS: DebatePoints = { objectives: [], discussionPoints: [] };

interface ConceptNoteSectionProps {
  debate: Debate;
  canManage: boolean;
  /** The debate's fields changed: the page reloads them. */
  onImported: () => void;
}

export function ConceptNoteSection({ debate, canManage, onImported }: ConceptNoteSectionProps) {
  const { points, error, reload } = useDebatePoints(debate.id);
  const { upload, preview, read, readAnyway, reset } = useNotePreview(debate.id);
  const [choosing, setChoosing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  function close(message: string): void {
    setChoosing(false);
    reset();
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
          {t('section.title')}
        </h2>
        {canManage && !importing ? (
          <button type="button" className="button button--small" onClick={() => setChoosing(true)}>
            <LineIcon name="upload" /> {t('section.import')}
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
            close(t('section.imported'));
          }}
          onCancel={() => close(t('section.cancelled'))}
        />
      ) : null}
      {choosing && !preview ? (
        <div className="card import-start">
          <h3 className="card__title">{t('section.importTitle')}</h3>
          <p className="muted">{t('section.importLead')}</p>
          <UploadStatus state={upload.state} onCancel={upload.reset}>
            <ReadAnywayButton onRead={readAnyway} />
          </UploadStatus>
          <FileDropZone
            inputLabel={t('section.inputLabel')}
            prompt={t('section.prompt')}
            disabled={upload.state.phase === 'sending' || upload.state.phase === 'reading'}
            onFile={(file) => void read(file)}
          />
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => close('')}
          >
            {t('section.cancel')}
          </button>
        </div>
      ) : null}

      {!preview && points && discussionPoints.length === 0 && objectives.length === 0 ? (
        <p className="hint-card">
          {t('section.none')}
          {canManage ? t('section.noneManage') : t('section.noneRead')}
        </p>
      ) : null}
      {!preview && discussionPoints.length > 0 ? (
        <LabelledList items={discussionPoints} label={t('section.title')} />
      ) : null}
      {!preview && objectives.length > 0 ? (
        <>
          <h3 className="section__subtitle">{t('section.objectives')}</h3>
          <LabelledList items={objectives} label={t('section.objectives')} compact />
        </>
      ) : null}
    </section>
  );
}
