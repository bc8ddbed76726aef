// The debate's reference library on its page: the reports everyone may cite, an upload
// area open to anyone in the debate, and removal for organizers and the uploader.
import { useState } from 'react';
import { FileDropZone } from '../uploads/FileDropZone';
import { UploadStatus } from '../uploads/UploadStatus';
import { useUpload } from '../uploads/useUpload';
import { ErrorNotice } from '../ui/ErrorNotice';
import { DeleteReferenceDialog } from './DeleteReferenceDialog';
import { ReferenceRow } from './ReferenceRow';
import { referencesApi, type Reference } from './referencesApi';
import { useReferences } from './useReferences';

interface ReferenceLibraryProps {
  debateId: string;
  canManage: boolean;
  userId: string;
}

export function ReferenceLibrary({ debateId, canManage, userId }: ReferenceLibraryProps) {
  const { references, error, added, removed, updated } = useReferences(debateId);
  const upload = useUpload();
  const [toDelete, setToDelete] = useState<Reference | null>(null);
  const [announcement, setAnnouncement] = useState('');

  async function add(file: File): Promise<void> {
    const reference = await upload.start(file, (chosen, options) =>
      referencesApi.upload(debateId, chosen, options),
    );
    if (!reference) return;
    added(reference);
    setAnnouncement(`“${reference.title}” added, ${reference.paragraphCount} paragraphs.`);
  }

  const busy = upload.state.phase === 'sending' || upload.state.phase === 'reading';
  return (
    <section aria-labelledby="library-heading" className="section">
      <h2 id="library-heading" className="section__title">
        Reference library
      </h2>
      <p className="section__lead">
        Background reports, split into numbered paragraphs that drafters search and quote from the
        statement editor.
      </p>
      <ErrorNotice message={error} />
      {references && references.length > 0 ? (
        <ul className="item-list reference-list" aria-label="Documents in the library">
          {references.map((reference) => (
            <ReferenceRow
              key={reference.id}
              reference={reference}
              byMe={reference.uploadedBy === userId}
              canDelete={canManage || reference.uploadedBy === userId}
              onDelete={() => setToDelete(reference)}
              onUpdated={(saved) => {
                updated(saved);
                setAnnouncement(`“${saved.title}”: details saved.`);
              }}
            />
          ))}
        </ul>
      ) : null}
      {references?.length === 0 ? (
        <p className="hint-card">The library is empty. Add the reports the concept note cites.</p>
      ) : null}
      <div className="library-upload">
        <UploadStatus state={upload.state} onCancel={upload.reset} />
        <FileDropZone
          inputLabel="Document for the library"
          prompt="Drop a report here to add it"
          disabled={busy}
          onFile={(file) => void add(file)}
        />
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <DeleteReferenceDialog
        reference={toDelete}
        onCancel={() => setToDelete(null)}
        onDeleted={(referenceId) => {
          const title = toDelete?.title ?? 'The document';
          removed(referenceId);
          setToDelete(null);
          setAnnouncement(`“${title}” removed from the library.`);
        }}
      />
    </section>
  );
}
