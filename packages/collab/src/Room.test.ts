import * as awarenessProtocol from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { GroupCommit } from './GroupCommit.js';
import { decodeClientMessage, encodeAwareness, encodeSyncStep1, encodeUpdate } from './protocol.js';
import { Room } from './Room.js';
import type { RoomBus, RoomBusHandlers } from './RoomBus.js';
import {
  FakeConnection,
  MemoryStore,
  keystrokes,
  textUpdate,
  updateFrames,
} from './roomFakes.test-support.js';

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

  it('takes a burst received while busy as one run: one row, one broadcast, after the append', async () => {
    const store = new MemoryStore();
    const room = await Room.load('s1', store);
    const alice = new FakeConnection('alice', store.journal);
    const bob = new FakeConnection('bob', store.journal);
    room.join(alice);
    room.join(bob);
    const sent = keystrokes('hello').map((update) => room.receive(alice, encodeUpdate(update)));
    await Promise.all(sent);
    expect(store.journal).toEqual(['append', 'broadcast:bob']);
    expect(store.rows.get('s1')).toHaveLength(1);
    expect(room.doc.getText('t').toString()).toBe('hello');
    expect(updateFrames(bob)).toHaveLength(1);
  });

  it('stores and applies the runs of several connections one after another, in order', async () => {
    const store = new MemoryStore();
    const room = await Room.load('s1', store);
    const [alice, bob, carol] = ['alice', 'bob', 'carol'].map(
      (id) => new FakeConnection(id, store.journal),
    ) as [FakeConnection, FakeConnection, FakeConnection];
    for (const connection of [alice, bob, carol]) room.join(connection);
    await Promise.all([
      room.receive(alice, encodeUpdate(textUpdate('a'))),
      room.receive(bob, encodeUpdate(textUpdate('b'))),
    ]);
    // Bob's run is admitted against the document with Alice's applied.
    expect(store.journal).toEqual([
      'append',
      'broadcast:bob',
      'broadcast:carol',
      'append',
      'broadcast:alice',
      'broadcast:carol',
    ]);
  });

  it('refuses every update of a write the store failed to keep, in every room: none applied, none broadcast', async () => {
    const store = new MemoryStore();
    const commit = new GroupCommit((entries) => store.appendBatch(entries));
    const rooms = await Promise.all(['s1', 's2'].map((id) => Room.load(id, store, {}, { commit })));
    const people = rooms.map((room) => {
      const writer = new FakeConnection(`${room.id}-writer`, store.journal);
      const reader = new FakeConnection(`${room.id}-reader`, store.journal);
      room.join(writer);
      room.join(reader);
      return { writer, reader };
    });
    store.failNext = true;
    await Promise.all(
      rooms.map((room, i) => room.receive(people[i]!.writer, encodeUpdate(textUpdate(room.id)))),
    );
    expect(rooms.map((room) => room.doc.getText('t').toString())).toEqual(['', '']);
    expect(store.journal).toEqual([]);
    expect(people.map((p) => [p.writer.closed?.code, p.reader.closed])).toEqual([
      [4500, undefined],
      [4500, undefined],
    ]);
    expect(people.map((p) => updateFrames(p.reader).length)).toEqual([0, 0]);
  });

  it('shares one transaction between rooms that write at the same time', async () => {
    const store = new MemoryStore();
    const commit = new GroupCommit((entries) => store.appendBatch(entries));
    const rooms = await Promise.all(
      ['s1', 's2', 's3'].map((id) => Room.load(id, store, {}, { commit })),
    );
    const writers = rooms.map((room, index) => {
      const writer = new FakeConnection(`w${index}`);
      room.join(writer);
      return writer;
    });
    await Promise.all(
      rooms.map((room, index) => room.receive(writers[index]!, encodeUpdate(textUpdate(room.id)))),
    );
    expect(store.batches).toEqual([3]);
    expect(rooms.map((room) => room.doc.getText('t').toString())).toEqual(['s1', 's2', 's3']);
  });

  it('drops what a refused connection sent after the refused update', async () => {
    const store = new MemoryStore();
    const refuseLong = {
      admit: (update: Uint8Array) =>
        update.byteLength > 40 ? { code: 4413 as CloseCode, detail: 'too long' } : undefined,
    };
    const room = await Room.load('s1', store, {}, { admission: refuseLong });
    const alice = new FakeConnection('alice');
    const bob = new FakeConnection('bob');
    room.join(alice);
    room.join(bob);
    await Promise.all([
      room.receive(alice, encodeUpdate(textUpdate('x'.repeat(100)))),
      room.receive(bob, encodeUpdate(textUpdate('fine'))),
      room.receive(alice, encodeUpdate(textUpdate('after'))),
    ]);
    expect(alice.closed?.code).toBe(4413);
    expect(room.doc.getText('t').toString()).toBe('fine');
    expect(store.rows.get('s1')).toHaveLength(1);
  });

  it('answers a fresh client with the whole document, and with the change once it changed', async () => {
    const store = new MemoryStore();
    store.rows.set('s1', [textUpdate('kept')]);
    const room = await Room.load('s1', store);
    const opened = async (): Promise<string> => {
      const reader = new FakeConnection('reader');
      room.join(reader);
      await room.receive(reader, encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
      const reply = reader.frames.map(decodeClientMessage).find((m) => m.kind === 'sync-step2');
      const doc = new Y.Doc();
      if (reply?.kind === 'sync-step2') Y.applyUpdate(doc, reply.update);
      room.leave(reader);
      return doc.getText('t').toString();
    };
    expect(await opened()).toBe('kept');
    expect(await opened()).toBe('kept');
    const writer = new FakeConnection('writer');
    room.join(writer);
    await room.receive(writer, encodeUpdate(textUpdate('new ')));
    expect((await opened()).length).toBe('new kept'.length);
  });

  it('sends a stored snapshot as the sync reply as read, and never an unreadable one', async () => {
    const store = new MemoryStore();
    const snapshot = textUpdate('kept');
    store.rows.set('s1', [snapshot]);
    store.rows.set('s2', [Uint8Array.of(1, 2, 3)]);
    const replyOf = async (room: Room): Promise<Uint8Array | undefined> => {
      const reader = new FakeConnection('reader');
      room.join(reader);
      await room.receive(reader, encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
      const reply = reader.frames.map(decodeClientMessage).find((m) => m.kind === 'sync-step2');
      return reply?.kind === 'sync-step2' ? reply.update : undefined;
    };
    expect(await replyOf(await Room.load('s1', store))).toEqual(snapshot);
    expect(await replyOf(await Room.load('s2', store, { onError: () => undefined }))).toEqual(
      Y.encodeStateAsUpdate(new Y.Doc()),
    );
  });

  it('answers a fresh client with the snapshot as read, and after a crash with the loaded document encoded', async () => {
    const source = new Y.Doc();
    const later: Uint8Array[] = [];
    source.getText('t').insert(0, 'kept');
    const snapshot = Y.encodeStateAsUpdate(source);
    source.on('update', (update: Uint8Array) => later.push(update));
    source.getText('t').insert(4, ' and typed');
    source.getText('t').delete(0, 1);
    const store = new MemoryStore();
    store.rows.set('compacted', [snapshot]);
    store.rows.set('crashed', [snapshot, ...later]);
    const replyTo = async (id: string) => {
      const room = await Room.load(id, store);
      const reader = new FakeConnection('reader');
      room.join(reader);
      reader.frames.length = 0;
      await room.receive(reader, encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
      return { room, reply: reader.frames.map(decodeClientMessage) };
    };
    const compacted = await replyTo('compacted');
    expect(compacted.reply.map((m) => m.kind)).toEqual(['sync-step2']);
    expect(compacted.reply[0]?.kind === 'sync-step2' && compacted.reply[0].update).toEqual(
      snapshot,
    );
    // One clean snapshot: a stock client applies it in one transaction, not the crash's rows.
    const crashed = await replyTo('crashed');
    expect(crashed.reply.map((m) => m.kind)).toEqual(['sync-step2']);
    expect(crashed.reply[0]?.kind === 'sync-step2' && crashed.reply[0].update).toEqual(
      Y.encodeStateAsUpdate(crashed.room.doc),
    );
    const client = new Y.Doc();
    for (const message of crashed.reply)
      if (message.kind === 'sync-step2') Y.applyUpdate(client, message.update);
    expect(client.getText('t').toString()).toBe(source.getText('t').toString());
    expect(Y.encodeStateVector(client)).toEqual(Y.encodeStateVector(source));
  });

  it('encodes the document for a fresh client once it has changed since loading', async () => {
    const store = new MemoryStore();
    store.rows.set('s1', [textUpdate('kept'), textUpdate('more')]);
    const room = await Room.load('s1', store);
    const writer = new FakeConnection('writer');
    room.join(writer);
    const typed = new Y.Doc();
    Y.applyUpdate(typed, Y.encodeStateAsUpdate(room.doc));
    const before = Y.encodeStateVector(typed);
    typed.getText('t').insert(0, 'new ');
    await room.receive(writer, encodeUpdate(Y.encodeStateAsUpdate(typed, before)));
    await room.flush();
    const reader = new FakeConnection('reader');
    room.join(reader);
    reader.frames.length = 0;
    await room.receive(reader, encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    const reply = reader.frames.map(decodeClientMessage);
    expect(reply.map((m) => m.kind)).toEqual(['sync-step2']);
    const client = new Y.Doc();
    if (reply[0]?.kind === 'sync-step2') Y.applyUpdate(client, reply[0].update);
    expect(client.getText('t').toString()).toBe(room.doc.getText('t').toString());
  });

  it('applies what another process published while the room was loading, after the stored state', async () => {
    const store = new MemoryStore();
    store.rows.set('s1', [textUpdate('kept')]);
    let handlers: RoomBusHandlers | undefined;
    const bus: RoomBus = {
      publishUpdate: () => undefined,
      publishAwareness: () => undefined,
      subscribe: (_id, subscribed) => {
        handlers = subscribed;
        return () => undefined;
      },
    };
    const load = store.load.bind(store);
    store.load = (id: string) => {
      handlers?.update(textUpdate('early '));
      return load(id);
    };
    const room = await Room.load('s1', store, {}, { bus });
    await room.flush();
    expect(room.doc.getText('t').toString().length).toBe('early kept'.length);
  });
});
