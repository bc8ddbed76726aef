// What a Yjs transaction changed, and whether a document waits for changes it has not received:
// what a room asks to decide whether the update it stored is the change to send (Room.applyUpdate).
import type * as Y from 'yjs';

/** Whether a transaction changed the document (what Yjs asks before it emits `update`). */
export function changedAnything(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState)
    if (transaction.beforeState.get(client) !== clock) return true;
  return false;
}

/** Whether the document holds structs or deletions waiting for changes it has not received. */
export function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}
