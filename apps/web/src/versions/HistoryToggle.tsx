import { ariaShortcut, formatShortcut } from '../editor/formatShortcut';
import { LineIcon } from '../ui/LineIcon';
import { HISTORY_PANEL_ID, HISTORY_SHORTCUT, HISTORY_TOGGLE_ID } from './useHistoryPanel';
import { t } from '../i18n/messages/historyToggle';

interface HistoryToggleProps {
  open: boolean;
  onToggle: () => void;
}

/** Opens and closes the history and versions panel; shows its shortcut on hover. */
export function HistoryToggle({ open, onToggle }: HistoryToggleProps) {
  return (
    <button
      id={HISTORY_TOGGLE_ID}
      type="button"
      className="button button--small panel-toggle"
      aria-expanded={open}
      aria-controls={open ? HISTORY_PANEL_ID : undefined}
      aria-keyshortcuts={ariaShortcut(HISTORY_SHORTCUT)}
      title={t(open ? 'hide' : 'show', { shortcut: formatShortcut(HISTORY_SHORTCUT) })}
      onClick={onToggle}
    >
      <LineIcon name="history" />
      {t('toggle')}
    </button>
  );
}
