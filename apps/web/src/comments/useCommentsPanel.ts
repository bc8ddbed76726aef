// Whether the comments panel is open: remembered on this device, and never at the same
// time as the points-and-library panel, which shares its place beside the sheet.
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';

const STORAGE_KEY = 'plenary:comments-panel-open';

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

interface OtherPanel {
  open: boolean;
  close: () => void;
}

export function useCommentsPanel(other: OtherPanel) {
  const [open, setOpenState] = useState(remembered);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { open: otherOpen, close: closeOther } = other;

  const setOpen = useCallback(
    (next: boolean) => {
      remember(next);
      setOpenState(next);
      if (next) closeOther();
    },
    [closeOther],
  );

  // The other panel was opened (its button or its shortcut): it takes the place.
  const otherWasOpen = useRef(otherOpen);
  useEffect(() => {
    if (otherOpen && !otherWasOpen.current) setOpenState(false);
    otherWasOpen.current = otherOpen;
  }, [otherOpen]);

  // Both remembered as open: comments first, the reason this page is usually opened again.
  const settle = useEffectEvent(() => {
    if (open && otherOpen) closeOther();
  });
  useEffect(() => settle(), []);

  return { open, setOpen, toggleRef };
}
