// Changes a room's document gets from the server itself rather than from an editor: a version
// restored, suggestions settled, a repair on load, what the store holds that this process
// missed. Like any update they are stored before they are applied and shared, in the room's
// update queue.
import * as Y from 'yjs';
import type { DocumentStore } from './DocumentStore.js';
import type { GroupCommit } from './GroupCommit.js';
import { applyStoredUpdates } from './mergeUpdates.js';
import type { SerialQueue } from './SerialQueue.js';
import { isEmptyUpdate, REMOTE_ORIGIN, SERVER_ORIGIN } from './updates.js';
import { localDoc } from './localDoc.js';

/** What the server's changes need of their room. */
export interface ChangedRoom {
  readonly id: string;
  readonly doc: Y.Doc;
  readonly connectionCount: number;
  /** Applies a stored update and sends it to the connections (if it changed anything). */
  applyUpdate(update: Uint8Array, origin: unknown): void;
  /** A stored and applied update, to publish and count. */
  shared(update: Uint8Array): void;
}

export class ServerChanges {
  constructor(
    private readonly room: ChangedRoom,
    private readonly store: DocumentStore,
    private readonly queue: SerialQueue,
    private readonly commit: GroupCommit,
  ) {}

  /**
   * Applies whatever the store holds that this process has not seen (missed bus messages,
   * another process's writes). Runs after pending local updates.
   */
  reconcile(): Promise<void> {
    return this.queue.run(async () => {
      const { doc, id } = this.room;
      const stored = localDoc(`${id}:stored`);
      applyStoredUpdates(stored, await this.store.load(id));
      const missing = Y.encodeStateAsUpdate(stored, Y.encodeStateVector(doc));
      stored.destroy();
      if (!isEmptyUpdate(missing)) this.room.applyUpdate(missing, REMOTE_ORIGIN);
    });
  }

  /** A change computed on a copy, so nothing is broadcast before it is stored. */
  apply(change: (doc: Y.Doc) => void): Promise<void> {
    return this.queue.run(async () => {
      const scratch = localDoc(`${this.room.id}:change`);
      Y.applyUpdate(scratch, Y.encodeStateAsUpdate(this.room.doc));
      const updates: Uint8Array[] = [];
      scratch.on('update', (update: Uint8Array) => updates.push(update));
      change(scratch);
      scratch.destroy();
      await this.storeChange(updates, false);
    });
  }

  /**
   * Repairs a document that nobody has joined yet, on the document itself rather than a copy
   * (copying a pathological document costs as much as loading it). With no connections nothing
   * is broadcast before the change is stored; if storing fails, the next load repairs again.
   */
  repairBeforeJoin(change: (doc: Y.Doc) => void): Promise<void> {
    if (this.room.connectionCount > 0) return this.apply(change);
    return this.queue.run(async () => {
      const { doc } = this.room;
      const updates: Uint8Array[] = [];
      const collect = (update: Uint8Array): void => void updates.push(update);
      doc.on('update', collect);
      try {
        doc.transact(() => change(doc), SERVER_ORIGIN);
      } finally {
        doc.off('update', collect);
      }
      await this.storeChange(updates, true);
    });
  }

  /** Stores the change, applies it unless `applied` already, and shares it. */
  private async storeChange(updates: Uint8Array[], applied: boolean): Promise<void> {
    if (updates.length === 0) return;
    const update = Y.mergeUpdates(updates);
    await this.commit.append([{ documentId: this.room.id, update }]);
    if (!applied) this.room.applyUpdate(update, SERVER_ORIGIN);
    this.room.shared(update);
  }
}
