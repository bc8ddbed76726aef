// Signing out should not leave a delegation's drafts readable in this browser (a shared
// computer at a conference, say). Copies whose changes all reached the server are
// deleted; a copy holding unsynced changes is kept, because losing words is worse.
import { readUnsynced } from './unsyncedCounter';

const PREFIX = 'plenary:statement:';

/** Deletes this browser's offline copies that the server already has; returns how many were kept. */
export async function clearOfflineCopies(): Promise<{ kept: number }> {
  // indexedDB.databases() is missing in older browsers; then nothing can be listed or cleared.
  const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  let kept = 0;
  for (const { name } of databases) {
    if (!name?.startsWith(PREFIX)) continue;
    if (readUnsynced(name.slice(PREFIX.length)) > 0) kept += 1;
    // Deletion waits for open editors to close, which signing out is about to do.
    else indexedDB.deleteDatabase(name);
  }
  return { kept };
}
