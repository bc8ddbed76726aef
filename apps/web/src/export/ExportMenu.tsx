// "Export": the statement as Word, PDF, Markdown, text or HTML, and the submission pack.
// Each format is a real link (it can be copied or opened in a new tab); a plain click
// downloads it here so that a refusal is shown with the server's own words.
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { errorMessage } from '../api/ApiError';
import type { Statement } from '../api/statementsApi';
import { LineIcon } from '../ui/LineIcon';
import { downloadFile } from './downloadFile';
import { EXPORT_FORMATS, exportUrl, TRACKED_FORMATS, type ExportFormat } from './exportApi';
import { MenuPopup } from './MenuPopup';
import { SubmissionPackDialog } from '../editor/lazyPanels';
import { t } from '../i18n/messages/exports';

const DONE_VISIBLE_MS = 6000;

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

  async function download(
    event: MouseEvent<HTMLAnchorElement>,
    format: ExportFormat,
    label: string,
    tracked = false,
  ) {
    // Ctrl/Cmd-click and middle-click keep their usual meaning (open in a new tab).
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    close();
    setError(null);
    setProgress({ text: t('menu.preparing', { label }), done: false });
    try {
      const url = exportUrl(statement.id, format, tracked);
      const name = await downloadFile(url, `statement.${format}`);
      setProgress({ text: t('menu.downloaded', { name }), done: true });
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
        {t('menu.export')}
      </button>
      {open ? (
        <MenuPopup label={t('menu.export')} focus={open} onClose={close} anchor={button}>
          {EXPORT_FORMATS.map(({ format, label, note }) => (
            <a
              key={format}
              role="menuitem"
              tabIndex={-1}
              className="menu__item"
              href={exportUrl(statement.id, format)}
              download
              onClick={(event) => void download(event, format, label)}
            >
              <span className="menu__label">{label}</span>
              <span className="menu__note">{note}</span>
            </a>
          ))}
          {statement.status === 'submitted'
            ? null
            : TRACKED_FORMATS.map(({ format, label, note }) => (
                <a
                  key={`tracked-${format}`}
                  role="menuitem"
                  tabIndex={-1}
                  className="menu__item"
                  href={exportUrl(statement.id, format, true)}
                  download
                  onClick={(event) => void download(event, format, label, true)}
                >
                  <span className="menu__label">{label}</span>
                  <span className="menu__note">{note}</span>
                </a>
              ))}
          <hr className="menu__separator" />
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="menu__item"
            onClick={() => {
              setOpen(false);
              setPackOpen(true);
            }}
          >
            <span className="menu__label">{t('menu.pack')}</span>
            <span className="menu__note">{t('menu.packNote')}</span>
          </button>
        </MenuPopup>
      ) : null}
      <p className="export-menu__status" role="status">
        {progress?.text}
      </p>
      {error ? (
        <p className="export-menu__error" role="alert">
          {error}
          <button type="button" className="button--link" onClick={() => setError(null)}>
            {t('menu.dismiss')}
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
