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
import { t } from '../i18n/messages/library';
import { Section } from '../ui/Section';

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
    setAnnouncement(t('list.added', { title: reference.title, count: reference.paragraphCount }));
  }

  const busy = upload.state.phase === 'sending' || upload.state.phase === 'reading';
  return (
    <Section title={t('list.title')}>
      <p className="section__lead">{t('list.lead')}</p>
      <ErrorNotice message={error} />
      {references && references.length > 0 ? (
        <ul className="item-list reference-list" aria-label={t('list.label')}>
          {references.map((reference) => (
            <ReferenceRow
              key={reference.id}
              reference={reference}
              byMe={reference.uploadedBy === userId}
              canDelete={canManage || reference.uploadedBy === userId}
              onDelete={() => setToDelete(reference)}
              onUpdated={(saved) => {
                updated(saved);
                setAnnouncement(t('list.saved', { title: saved.title }));
              }}
            />
          ))}
        </ul>
      ) : null}
      {references?.length === 0 ? <p className="hint-card">{t('list.empty')}</p> : null}
      <div className="library-upload">
        <UploadStatus state={upload.state} onCancel={upload.reset} />
        <FileDropZone
          inputLabel={t('list.inputLabel')}
          prompt={t('list.prompt')}
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
          const title = toDelete?.title ?? t('list.theDocument');
          removed(referenceId);
          setToDelete(null);
          setAnnouncement(t('list.removed', { title }));
        }}
      />
    </Section>
  );
}
