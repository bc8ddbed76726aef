import type { Ref } from 'react';
import { LineIcon } from '../ui/LineIcon';
import { ariaShortcut, formatShortcut } from './formatShortcut';
import { SIDE_PANEL_ID } from './panelIds';
import { SIDE_PANEL_SHORTCUT } from './useSidePanel';
import { t } from '../i18n/messages/editor';

interface SidePanelToggleProps {
  open: boolean;
  onToggle: () => void;
  buttonRef: Ref<HTMLButtonElement>;
}

/** Opens and closes the points-and-library panel; shows its shortcut on hover. */
export function SidePanelToggle({ open, onToggle, buttonRef }: SidePanelToggleProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      className="button button--small panel-toggle"
      aria-expanded={open}
      aria-controls={open ? SIDE_PANEL_ID : undefined}
      aria-keyshortcuts={ariaShortcut(SIDE_PANEL_SHORTCUT)}
      title={t(open ? 'panel.hide' : 'panel.show', {
        shortcut: formatShortcut(SIDE_PANEL_SHORTCUT),
      })}
      onClick={onToggle}
    >
      <LineIcon name="panel" />
      <span className="panel-toggle__label">{t('panel.title')}</span>
    </button>
  );
}
