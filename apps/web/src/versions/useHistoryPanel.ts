// Whether the history panel is open, which version (if any) is shown in place of the
// text, and the shortcut that toggles the panel from anywhere on the page. The shortcut
// is Google Docs' own for version history: many drafters already know it, and Mod+Alt+H
// is taken by macOS.
import { useCallback, useEffect, useState } from 'react';
import type { RedlineTarget } from './versionsApi';

export const HISTORY_SHORTCUT = 'Mod-Alt-Shift-h';
export const HISTORY_PANEL_ID = 'statement-history-panel';
export const HISTORY_TOGGLE_ID = 'statement-history-toggle';

/** A version shown instead of the live text: on its own, or compared with another text. */
export interface VersionView {
  versionId: string;
  /** Null shows the version's own text. */
  against: RedlineTarget | null;
  /** Move the keyboard to the view (it was opened from outside the history panel). */
  focus?: boolean;
}

export interface HistoryPanelState {
  open: boolean;
  /** The last change came from the keyboard shortcut (focus should follow it). */
  byKeyboard: boolean;
  setOpen: (open: boolean) => void;
  view: VersionView | null;
  /** Shows a version (opening the panel beside it), or the live text again with null. */
  show: (view: VersionView | null) => void;
  /** A confirmation to show at the top of the panel ("Restored …"). */
  notice: string | null;
  setNotice: (notice: string | null) => void;
}

/** `onShortcutClose` runs when the shortcut closes the panel, to put focus back in the text. */
export function useHistoryPanel(onShortcutClose: () => void): HistoryPanelState {
  const [panel, setPanel] = useState({ open: false, byKeyboard: false });
  const [view, setView] = useState<VersionView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const mod = event.ctrlKey || event.metaKey;
      // event.code: with Alt held, macOS turns the H into another character.
      if (!mod || !event.altKey || !event.shiftKey || event.code !== 'KeyH') return;
      event.preventDefault();
      const open = !panel.open;
      setPanel({ open, byKeyboard: true });
      if (!open) {
        setView(null);
        onShortcutClose();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [panel.open, onShortcutClose]);

  const setOpen = useCallback((open: boolean) => {
    setPanel({ open, byKeyboard: false });
    if (!open) setView(null);
  }, []);

  const show = useCallback((next: VersionView | null) => {
    setView(next);
    if (next) setPanel((current) => (current.open ? current : { open: true, byKeyboard: false }));
  }, []);

  return { ...panel, setOpen, view, show, notice, setNotice };
}
