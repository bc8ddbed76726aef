// Choose or drop one document. The visible control is a real button (keyboard and
// screen readers); the file input stays hidden behind it and carries the label.
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { ACCEPTED_DESCRIPTION, ACCEPTED_FILES } from './fileProblem';
import { t } from '../i18n/messages/uploads';
import { interleave } from '../i18n/interleave';

interface FileDropZoneProps {
  /** Accessible name of the file input, e.g. "Concept note file". */
  inputLabel: string;
  /** "Drop the concept note here" */
  prompt: string;
  onFile: (file: File) => void;
  disabled?: boolean;
}

export function FileDropZone({ inputLabel, prompt, onFile, disabled = false }: FileDropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const hintId = useId();

  // A file dropped just beside the zone would make the browser open it in place of the
  // app, taking a half-reviewed import with it: while a zone is shown, such drops do nothing.
  useEffect(() => {
    const ignore = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', ignore);
    window.addEventListener('drop', ignore);
    return () => {
      window.removeEventListener('dragover', ignore);
      window.removeEventListener('drop', ignore);
    };
  }, []);

  function accept(event: DragEvent<HTMLDivElement>): void {
    if (disabled || !Array.from(event.dataTransfer.types).includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  }

  function drop(event: DragEvent<HTMLDivElement>): void {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  }

  return (
    <div
      className="drop-zone"
      data-dragging={dragging || undefined}
      onDragEnter={accept}
      onDragOver={accept}
      onDragLeave={(event) => {
        // Moving over the button inside the zone is not leaving it.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={drop}
    >
      <p className="drop-zone__prompt">
        {interleave(t('prompt'), {
          prompt,
          button: (
            <button
              type="button"
              className="button button--small"
              disabled={disabled}
              aria-describedby={hintId}
              onClick={() => input.current?.click()}
            >
              {t('choose')}
            </button>
          ),
        })}
      </p>
      <p id={hintId} className="drop-zone__hint">
        {ACCEPTED_DESCRIPTION}
      </p>
      <label htmlFor={inputId} className="visually-hidden">
        {inputLabel}
      </label>
      <input
        ref={input}
        id={inputId}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={ACCEPTED_FILES}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again, after fixing it, still uploads.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
