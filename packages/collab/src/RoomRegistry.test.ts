// The registry's age sweep: every open room whose log is due by age is compacted, a slice of the
// rooms per tick rather than all of them in one turn, one compaction after another.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CloseCode } from './closeCodes.js';
import type { Connection } from './Connection.js';
import type { CompactionResult, DocumentStore } from './DocumentStore.js';
import type { AppendEntry } from './GroupCommit.js';
import { encodeUpdate } from './protocol.js';
import { RoomRegistry } from './RoomRegistry.js';

/** An in-memory store that records which logs were compacted, in order. */
class MemoryStore implements DocumentStore {
  readonly rows = new Map<string, Uint8Array[]>();
  readonly compacted: string[] = [];
  load(id: string) {
    return Promise.resolve([...(this.rows.get(id) ?? [])]);
  }
  append(id: string, update: Uint8Array) {
    return this.appendBatch([{ documentId: id, update }]);
  }
  appendBatch(entries: readonly AppendEntry[]) {
    for (const { documentId, update } of entries)
      this.rows.set(documentId, [...(this.rows.get(documentId) ?? []), update]);
    return Promise.resolve();
  }
  rowCount(id: string) {
    return Promise.resolve(this.rows.get(id)?.length ?? 0);
  }
  compact(id: string): Promise<CompactionResult> {
    this.compacted.push(id);
    const rowsBefore = this.rows.get(id)?.length ?? 0;
    this.rows.set(id, [Y.mergeUpdates(this.rows.get(id) ?? [])]);
    return Promise.resolve({ rowsBefore, rowsAfter: 1 });
  }
  remove(id: string) {
    this.rows.delete(id);
    return Promise.resolve();
  }
}

class Editor implements Connection {
  readonly id = 'editor';
  readonly readOnly = false;
  send(): void {}
  close(_code: CloseCode): void {}
}

function keystroke(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return encodeUpdate(Y.encodeStateAsUpdate(doc));
}

describe('RoomRegistry', () => {
  it('compacts the logs due by age a slice of the rooms per tick, each once a period', async () => {
    const store = new MemoryStore();
    // Due by age after a minute: the sweep's period is 30 s, a tick every 100 ms (300 slices).
    const registry = new RoomRegistry({
      store,
      compactAfterUpdates: 1_000_000,
      compactAfterBytes: 1_000_000_000,
      compactAfterMs: 60_000,
      unloadAfterMs: 1_000_000,
    });
    const sweep = registry['ageSweep'];
    sweep.stop(); // the test drives the ticks and the clock
    const ids = Array.from({ length: 600 }, (_, i) => `s${i}`);
    for (const id of ids) {
      const editor = new Editor();
      const room = await registry.join(id, editor);
      await room.receive(editor, keystroke('a'));
      await room.receive(editor, keystroke('b'));
    }
    const settled = async (): Promise<void> => {
      await new Promise((resolve) => setImmediate(resolve));
      await registry['agedCompactions'];
    };

    const due = Date.now() + 61_000;
    sweep.tick(due);
    await settled();
    // 600 rooms over 300 slices: two a tick, not all of them in one turn.
    expect(store.compacted).toEqual(['s0', 's1']);
    for (let tick = 1; tick < 300; tick += 1) sweep.tick(due + tick * 100);
    await settled();
    expect(store.compacted).toEqual(ids);
    // A round starts at most once a period, and a compacted log is no longer due.
    for (let tick = 300; tick < 600; tick += 1) sweep.tick(due + tick * 100);
    await settled();
    expect(store.compacted).toHaveLength(600);
    await registry.closeAll();
  });
});
