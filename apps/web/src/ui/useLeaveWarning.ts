// Asks the browser to confirm before the tab is closed or reloaded while `active`:
// for work that lives only in this page (a form under review), not for the statement
// text, which is already kept on the device.
import { useEffect } from 'react';

export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
