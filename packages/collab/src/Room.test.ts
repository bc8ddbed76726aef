import * as awarenessProtocol from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CloseCode } from './closeCodes.js';
import type { Connection } from './Connection.js';
import type { CompactionResult, DocumentStore } from './DocumentStore.js';
import { decodeClientMessage, encodeAwareness, encodeUpdate } from './protocol.js';
import { Room } from './Room.js';

/** An in-memory store that records the order of appends against broadcasts. */
class MemoryStore implements DocumentStore {
  readonly rows = new Map<string, Uint8Array[]>();
  readonly journal: string[] = [];
  failNext = false;
  load(id: string) {
    return Promise.resolve([...(this.rows.get(id) ?? [])]);
  }
  async append(id: string, update: Uint8Array) {
    await Promise.resolve();
    if (this.failNext) {
      this.failNext = false;
      throw new Error('disk full');
    }
    this.rows.set(id, [...(this.rows.get(id) ?? []), update]);
    this.journal.push('append');
  }
  rowCount(id: string) {
    return Promise.resolve(this.rows.get(id)?.length ?? 0);
  }
  compact(): Promise<CompactionResult> {
    return Promise.resolve({ rowsBefore: 0, rowsAfter: 0 });
  }
  remove(id: string) {
    this.rows.delete(id);
    return Promise.resolve();
  }
}

class FakeConnection implements Connection {
  readonly frames: Uint8Array[] = [];
  closed: { code: CloseCode; reason: string } | undefined;
  constructor(
    readonly id: string,
    private readonly journal: string[] = [],
    readonly readOnly = false,
  ) {}
  send(frame: Uint8Array) {
    if (decodeClientMessage(frame).kind === 'update') this.journal.push(`broadcast:${this.id}`);
    this.frames.push(frame);
  }
  close(code: CloseCode, reason: string) {
    this.closed = { code, reason };
  }
}

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe('Room', () => {
  it('stores an update before broadcasting it to the other connections only', async () => {
    const store = new MemoryStore();
    const room = await Room.load('s1', store);
    const alice = new FakeConnection('alice', store.journal);
    const bob = new FakeConnection('bob', store.journal);
    room.join(alice);
    room.join(bob);
    await room.receive(alice, encodeUpdate(textUpdate('hello')));
    expect(store.journal).toEqual(['append', 'broadcast:bob']);
    expect(room.doc.getText('t').toString()).toBe('hello');
  });

  it('drops document updates from a read-only connection but keeps it connected', async () => {
    const store = new MemoryStore();
    const room = await Room.load('s1', store);
    const viewer = new FakeConnection('viewer', store.journal, true);
    room.join(viewer);
    await room.receive(viewer, encodeUpdate(textUpdate('sneaky')));
    expect(store.rows.get('s1')).toBeUndefined();
    expect(room.doc.getText('t').toString()).toBe('');
    expect(viewer.closed).toBeUndefined();
  });

  it('does not apply an update the store failed to keep, and closes that connection as transient', async () => {
    const store = new MemoryStore();
    const room = await Room.load('s1', store);
    const alice = new FakeConnection('alice');
    room.join(alice);
    store.failNext = true;
    await room.receive(alice, encodeUpdate(textUpdate('lost?')));
    expect(room.doc.getText('t').toString()).toBe('');
    expect(alice.closed?.code).toBe(4500);
  });

  it('loads stored updates and skips one that cannot be read', async () => {
    const store = new MemoryStore();
    store.rows.set('s1', [textUpdate('kept'), Uint8Array.of(1, 2, 3)]);
    const errors: unknown[] = [];
    const room = await Room.load('s1', store, { onError: (_room, error) => errors.push(error) });
    expect(room.doc.getText('t').toString()).toBe('kept');
    expect(errors).toHaveLength(1);
  });

  it('forgets the awareness of a connection that leaves', async () => {
    const room = await Room.load('s1', new MemoryStore());
    const alice = new FakeConnection('alice');
    room.join(alice);
    const clientDoc = new Y.Doc();
    const clientAwareness = new awarenessProtocol.Awareness(clientDoc);
    clientAwareness.setLocalState({ user: { name: 'Alice' } });
    await room.receive(
      alice,
      encodeAwareness(
        awarenessProtocol.encodeAwarenessUpdate(clientAwareness, [clientDoc.clientID]),
      ),
    );
    expect(room.awareness.getStates().has(clientDoc.clientID)).toBe(true);
    room.leave(alice);
    expect(room.awareness.getStates().has(clientDoc.clientID)).toBe(false);
    clientAwareness.destroy();
  });
});
