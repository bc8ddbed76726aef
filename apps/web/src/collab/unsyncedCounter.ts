// The count of local changes the server has not confirmed, kept per statement in
// localStorage so a reload while offline still says how much is waiting to sync.

const key = (statementId: string) => `plenary:unsynced:${statementId}`;

export function readUnsynced(statementId: string): number {
  try {
    const value = Number(window.localStorage.getItem(key(statementId)) ?? '0');
    return Number.isInteger(value) && value > 0 ? value : 0;
  } catch {
    return 0;
  }
}

export function writeUnsynced(statementId: string, count: number): void {
  try {
    if (count === 0) window.localStorage.removeItem(key(statementId));
    else window.localStorage.setItem(key(statementId), String(count));
  } catch {
    // Storage unavailable: the in-memory count still drives the badge.
  }
}
