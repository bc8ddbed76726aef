// "Export": the statement as Word, PDF, Markdown, text or HTML, and the submission pack.
// Each format is a real link (it can be copied or opened in a new tab); a plain click
// downloads it here so that a refusal is shown with the server's own words.
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import type { Statement } from '../api/statementsApi';
import { LineIcon } from '../ui/LineIcon';
import { lazyDialog } from '../ui/lazyDialog';
import type { ExportFormat } from './exportApi';
import { SubmissionPackDialog } from '../editor/lazyPanels';
import { t } from '../i18n/messages/exportMenu';

const DONE_VISIBLE_MS = 6000;

/** The menu's items (and the downloading code) load when the menu first opens. */
const ExportMenuPopup = lazyDialog(
  () => import('./ExportMenuPopup'),
  'ExportMenuPopup',
  () => true,
);

interface ExportMenuProps {
  statement: Statement;
}

export function ExportMenu({ statement }: ExportMenuProps) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const [progress, setProgress] = useState<{ text: string; done: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [packOpen, setPackOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  // "Downloaded …" covers part of the toolbar: it says its piece, then gets out of the way.
  useEffect(() => {
    if (!progress?.done) return;
    const timer = window.setTimeout(() => setProgress(null), DONE_VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [progress]);

  function close(): void {
    setOpen(false);
    button.current?.focus();
  }

  async function download(url: string, format: ExportFormat, label: string) {
    close();
    setError(null);
    setProgress({ text: t('preparing', { label }), done: false });
    try {
      const { downloadFile } = await import('./downloadFile');
      const name = await downloadFile(url, `statement.${format}`);
      setProgress({ text: t('downloaded', { name }), done: true });
    } catch (failure) {
      setProgress(null);
      setError(errorMessage(failure));
    }
  }

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="button button--small"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        onClick={() => setOpen(open ? false : 'first')}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        <LineIcon name="download" />
        {t('export')}
      </button>
      {open ? (
        <ExportMenuPopup
          statement={statement}
          focus={open}
          anchor={button}
          onClose={close}
          onDownload={(url, format, label) => void download(url, format, label)}
          onPack={() => {
            setOpen(false);
            setPackOpen(true);
          }}
        />
      ) : null}
      <p className="export-menu__status" role="status">
        {progress?.text}
      </p>
      {error ? (
        <p className="export-menu__error" role="alert">
          {error}
          <button type="button" className="button--link" onClick={() => setError(null)}>
            {t('dismiss')}
          </button>
        </p>
      ) : null}
      {packOpen ? (
        <SubmissionPackDialog
          statement={statement}
          open={packOpen}
          onClose={() => {
            setPackOpen(false);
            button.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
