// The "Export" menu's list: each format is a real link (it can be copied or opened in a
// new tab); a plain click hands the download to ExportMenu, which shows its progress.
import type { MouseEvent, RefObject } from 'react';
import type { Statement } from '../api/statementsApi';
import { EXPORT_FORMATS, exportUrl, type ExportFormat, type ExportVersion } from './exportApi';
import { MenuPopup } from './MenuPopup';
import { t as common } from '../i18n/i18n';
import { t } from '../i18n/messages/exports';

/** Exports that show suggested changes: Word tracked changes, and the redline PDF. */
const TRACKED_FORMATS: { format: ExportFormat; label: string; note: string }[] = [
  { format: 'docx', label: t('formats.trackedDocx'), note: t('formats.trackedDocxNote') },
  { format: 'pdf', label: t('formats.trackedPdf'), note: t('formats.trackedPdfNote') },
];

/** The delivered version is offered in the formats that are circulated or printed. */
const DELIVERED_FORMATS = ['docx', 'pdf'] as const;

interface ExportMenuPopupProps {
  statement: Statement;
  /** Which item has focus when the menu opens. */
  focus: 'first' | 'last';
  anchor: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
  /** A plain click on a format: download it here. */
  onDownload: (url: string, format: ExportFormat, label: string) => void;
  onPack: () => void;
}

export function ExportMenuPopup(props: ExportMenuPopupProps) {
  const { statement, focus, anchor, onClose, onDownload, onPack } = props;

  function pick(
    event: MouseEvent<HTMLAnchorElement>,
    format: ExportFormat,
    label: string,
    options: { version?: ExportVersion; tracked?: boolean } = {},
  ): void {
    // Ctrl/Cmd-click and middle-click keep their usual meaning (open in a new tab).
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onDownload(exportUrl(statement.id, format, options.version, options.tracked), format, label);
  }

  return (
    <MenuPopup label={t('menu.export')} focus={focus} onClose={onClose} anchor={anchor}>
      {EXPORT_FORMATS.map(({ format, label, note }) => (
        <a
          key={format}
          role="menuitem"
          tabIndex={-1}
          className="menu__item"
          href={exportUrl(statement.id, format)}
          download
          onClick={(event) => pick(event, format, label)}
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
              href={exportUrl(statement.id, format, 'written', true)}
              download
              onClick={(event) => pick(event, format, label, { tracked: true })}
            >
              <span className="menu__label">{label}</span>
              <span className="menu__note">{note}</span>
            </a>
          ))}
      <hr className="menu__separator" />
      {DELIVERED_FORMATS.map((format) => (
        <a
          key={`delivered-${format}`}
          role="menuitem"
          tabIndex={-1}
          className="menu__item"
          href={exportUrl(statement.id, format, 'delivered')}
          download
          onClick={(event) =>
            pick(event, format, common(`delivery.export_${format}`), { version: 'delivered' })
          }
        >
          <span className="menu__label">{common(`delivery.export_${format}`)}</span>
          <span className="menu__note">{common('delivery.exportNote')}</span>
        </a>
      ))}
      <hr className="menu__separator" />
      <button type="button" role="menuitem" tabIndex={-1} className="menu__item" onClick={onPack}>
        <span className="menu__label">{t('menu.pack')}</span>
        <span className="menu__note">{t('menu.packNote')}</span>
      </button>
    </MenuPopup>
  );
}
