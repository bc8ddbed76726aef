import * as Y from 'yjs';
import { integrityProblem } from './admission/KnownDependencies.js';
import { localDoc } from './localDoc.js';

type OnUnreadable = (index: number, error: unknown) => void;
const ignore: OnUnreadable = () => undefined;

/**
 * Merges stored updates into one snapshot update. Goes through a Y.Doc rather than
 * Y.mergeUpdates so that deleted content is garbage-collected.
 */
export function mergeUpdates(updates: readonly Uint8Array[]): Uint8Array {
  const doc = localDoc('merge');
  try {
    applyStoredUpdates(doc, updates);
    return Y.encodeStateAsUpdate(doc);
  } catch {
    return salvageUpdates(updates);
  } finally {
    doc.destroy();
  }
}

/**
 * What Yjs can integrate whole of a log it could not load in one transaction, as one update:
 * each stored update is checked as a room now checks what it receives (`integrityProblem`) and
 * applied in its own transaction; one the check refuses, or that throws, is left out. Such a log
 * holds updates stored before that check, which Yjs integrated half-way before throwing: loaded
 * together, the last of them broke the transaction's clean-up and the statement did not open.
 */
export function salvageUpdates(
  updates: readonly Uint8Array[],
  onUnreadable: OnUnreadable = ignore,
): Uint8Array {
  const doc = localDoc('salvage', { gc: true });
  try {
    updates.forEach((update, index) => {
      try {
        const problem = integrityProblem(update, doc);
        if (problem) throw new Error(problem.detail);
        Y.applyUpdate(doc, update);
      } catch (error) {
        onUnreadable(index, error);
      }
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Applies stored updates in one transaction, skipping (and reporting) any that cannot be read.
 * Throws if Yjs fails while finishing the transaction: the document is then unusable, and the
 * caller starts again from `salvageUpdates`.
 */
export function applyStoredUpdates(
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  onUnreadable: OnUnreadable = ignore,
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
