import { useEffect } from 'react';

interface Panel {
  open: boolean;
  setOpen: (open: boolean) => void;
}

/**
 * Beside the sheet there is room for one panel: opening one (by button or shortcut)
 * closes the others, so a shortcut never opens a panel that stays hidden behind another.
 */
export function useOnePanelAtATime(first: Panel, second: Panel): void {
  const { open: firstOpen, setOpen: setFirst } = first;
  const { open: secondOpen, setOpen: setSecond } = second;
  useEffect(() => {
    if (firstOpen) setSecond(false);
  }, [firstOpen, setSecond]);
  useEffect(() => {
    if (secondOpen) setFirst(false);
  }, [secondOpen, setFirst]);
}
