// Reading a concept note for review, in the debate or before it exists: the upload, the file last
// chosen and the preview. When the file is refused as not a concept note, the organizer may ask
// for the same file to be read as one anyway (every field then highlighted for checking).
import { useState } from 'react';
import { useUpload, type Upload } from '../uploads/useUpload';
import { conceptNotesApi, type ConceptNotePreview } from './conceptNotesApi';

/** Refusals of the file's kind, not of the file itself: reading it as a note may still help. */
const KIND_REFUSALS: ReadonlySet<string> = new Set([
  'document.no_structure',
  'document.not_concept_note',
]);

export interface NotePreview {
  upload: Upload;
  preview: ConceptNotePreview | null;
  read: (file: File) => Promise<void>;
  /** Reads the refused file as a concept note; null unless the last reading was refused so. */
  readAnyway: (() => void) | null;
  reset: () => void;
}

export function useNotePreview(debateId: string | null): NotePreview {
  const upload = useUpload();
  const [preview, setPreview] = useState<ConceptNotePreview | null>(null);
  // The file last read, and whether it was read as a note because the organizer asked.
  const [last, setLast] = useState<{ file: File; asked: boolean } | null>(null);

  async function readAs(file: File, asked: boolean): Promise<void> {
    setLast({ file, asked });
    const result = await upload.start(file, (chosen, options) =>
      conceptNotesApi.preview(debateId, chosen, options, asked),
    );
    if (result) setPreview(result);
  }

  const { state } = upload;
  const readAnyway =
    state.phase === 'failed' && last && !last.asked && KIND_REFUSALS.has(state.code ?? '')
      ? () => void readAs(last.file, true)
      : null;

  return {
    upload,
    preview,
    read: (file) => readAs(file, false),
    readAnyway,
    reset: () => {
      setPreview(null);
      setLast(null);
      upload.reset();
    },
  };
}
