import * as Y from 'yjs';
import { localDoc } from './localDoc.js';

/**
 * Merges stored updates into one snapshot update. Goes through a Y.Doc rather than
 * Y.mergeUpdates so that deleted content is garbage-collected.
 */
export function mergeUpdates(updates: readonly Uint8Array[]): Uint8Array {
  const doc = localDoc('merge');
  try {
    applyStoredUpdates(doc, updates);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** Applies stored updates, skipping (and reporting) any that cannot be read. */
export function applyStoredUpdates(
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  onUnreadable: (index: number, error: unknown) => void = () => undefined,
): void {
  doc.transact(() => {
    updates.forEach((update, index) => {
      try {
        Y.applyUpdate(doc, update);
      } catch (error) {
        onUnreadable(index, error);
      }
    });
  });
}
