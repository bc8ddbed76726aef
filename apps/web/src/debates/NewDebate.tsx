// "New debate": first, import the concept note (the debate is created from the reviewed
// import, with its meeting details and discussion points); or enter the details by hand.
import { t } from '../i18n/messages/safeguards';
import { useRef, useState } from 'react';
import { conceptNotesApi } from '../conceptNotes/conceptNotesApi';
import { ConceptNoteReview } from '../conceptNotes/ConceptNoteReview';
import { ReadAnywayButton } from '../conceptNotes/ReadAnywayButton';
import { useNotePreview } from '../conceptNotes/useNotePreview';
import { debatePath, navigate } from '../routing/useRoute';
import { FileDropZone } from '../uploads/FileDropZone';
import { UploadStatus } from '../uploads/UploadStatus';
import { CreateDebateForm } from './CreateDebateForm';
import { debatesApi } from './debatesApi';

const NO_POINTS = { objectives: [], discussionPoints: [] };

export function NewDebate() {
  const { upload, preview, read, readAnyway, reset: cancel } = useNotePreview(null);
  const [byHand, setByHand] = useState(false);
  // Created once: a confirmation that fails after it is retried into the same debate.
  const created = useRef<string | null>(null);

  const busy = upload.state.phase === 'sending' || upload.state.phase === 'reading';
  return (
    <section className="card stack new-debate" aria-labelledby="new-debate-heading">
      <h2 id="new-debate-heading" className="card__title">
        {t('newDebate.title')}
      </h2>
      {preview ? (
        <ConceptNoteReview
          preview={preview}
          debate={null}
          current={NO_POINTS}
          onConfirm={async (input) => {
            created.current ??= (await debatesApi.create({ theme: input.fields.theme })).id;
            await conceptNotesApi.confirm(created.current, input);
          }}
          onConfirmed={() => {
            if (created.current) navigate(debatePath(created.current));
          }}
          onCancel={cancel}
        />
      ) : (
        <>
          <div className="new-debate__import">
            <h3 className="section__subtitle">{t('newDebate.importTitle')}</h3>
            <p className="muted">{t('newDebate.importLead')}</p>
            <UploadStatus state={upload.state} onCancel={upload.reset}>
              <ReadAnywayButton onRead={readAnyway} />
            </UploadStatus>
            <FileDropZone
              inputLabel={t('newDebate.fileLabel')}
              prompt={t('newDebate.filePrompt')}
              disabled={busy}
              onFile={(file) => void read(file)}
            />
          </div>
          <button
            type="button"
            className="button button--quiet button--small new-debate__by-hand"
            aria-expanded={byHand}
            onClick={() => setByHand(!byHand)}
          >
            {t('newDebate.byHand')}
          </button>
          {byHand ? (
            <CreateDebateForm onCreated={(debate) => navigate(debatePath(debate.id))} />
          ) : null}
        </>
      )}
    </section>
  );
}
