// Whether the side panel is open: remembered on this device between statements, and
// toggled with a button or Mod+Shift+L from anywhere on the page (the text included).
import { useCallback, useEffect, useState } from 'react';

export const SIDE_PANEL_SHORTCUT = 'Mod-Shift-l';
const STORAGE_KEY = 'plenary:side-panel-open';

function remembered(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

function remember(open: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, String(open));
  } catch {
    // Storage can be blocked; the panel then simply starts closed next time.
  }
}

export interface SidePanel {
  open: boolean;
  /** The last change came from the keyboard shortcut (focus should follow it). */
  byKeyboard: boolean;
  setOpen: (open: boolean) => void;
}

/** `onShortcutClose` runs when the shortcut closes the panel, to put focus back in the text. */
export function useSidePanel(onShortcutClose: () => void): SidePanel {
  const [state, setState] = useState(() => ({ open: remembered(), byKeyboard: false }));

  const change = useCallback((open: boolean, byKeyboard: boolean) => {
    remember(open);
    setState({ open, byKeyboard });
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      const open = !state.open;
      change(open, true);
      if (!open) onShortcutClose();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [state.open, change, onShortcutClose]);

  const setOpen = useCallback((open: boolean) => change(open, false), [change]);
  return { open: state.open, byKeyboard: state.byKeyboard, setOpen };
}
