// What a room sends the others: the update as it stored it, nothing for one that changes
// nothing, and what changed encoded from the document where the bytes alone would not be it.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeUpdate } from './protocol.js';
import { Room } from './Room.js';
import type { RoomBus, RoomBusHandlers } from './RoomBus.js';
import {
  FakeConnection,
  MemoryStore,
  keystrokes,
  textFromFrames,
  textUpdate,
  updateFrames,
} from './roomFakes.test-support.js';

describe('Room broadcasts', () => {
  it('sends the others the update as stored, and nothing for an update that changes nothing', async () => {
    const store = new MemoryStore();
    const room = await Room.load('s1', store);
    const alice = new FakeConnection('alice');
    const bob = new FakeConnection('bob');
    room.join(alice);
    room.join(bob);
    const client = new Y.Doc();
    client.getText('t').insert(0, 'hello');
    await room.receive(alice, encodeUpdate(Y.encodeStateAsUpdate(client)));
    // The whole state again, with one word more: Yjs's own encoding of the change would hold
    // only the new word; the room sends the bytes it stored.
    client.getText('t').insert(5, ' world');
    const whole = Y.encodeStateAsUpdate(client);
    await room.receive(alice, encodeUpdate(whole));
    expect(store.rows.get('s1')?.[1]).toEqual(whole);
    expect(updateFrames(bob)[1]).toEqual(encodeUpdate(whole));
    await room.receive(alice, encodeUpdate(whole));
    expect(updateFrames(bob)).toHaveLength(2);
    expect(updateFrames(alice)).toHaveLength(0);
    expect(textFromFrames(bob)).toBe('hello world');
  });

  it('sends the connections a change made on the document itself', async () => {
    const store = new MemoryStore();
    const stored = textUpdate('kept');
    store.rows.set('s1', [stored]);
    const room = await Room.load('s1', store);
    const bob = new FakeConnection('bob');
    room.join(bob);
    const seen = new Y.Doc();
    Y.applyUpdate(seen, stored);
    room.doc.getText('t').delete(0, 1);
    room.doc.getText('t').insert(0, 'w');
    expect(updateFrames(bob)).toHaveLength(2);
    expect(textFromFrames(bob, seen)).toBe('wept');
  });

  it('sends what another process published out of order once it integrates, whole', async () => {
    const store = new MemoryStore();
    let handlers: RoomBusHandlers | undefined;
    const bus: RoomBus = {
      publishUpdate: () => undefined,
      publishAwareness: () => undefined,
      subscribe: (_id, subscribed) => {
        handlers = subscribed;
        return () => undefined;
      },
    };
    const room = await Room.load('s1', store, {}, { bus });
    const bob = new FakeConnection('bob');
    room.join(bob);
    const [first, second] = keystrokes('ab');
    handlers?.update(second!);
    await room.flush();
    expect(updateFrames(bob)).toHaveLength(0);
    handlers?.update(first!);
    await room.flush();
    expect(textFromFrames(bob)).toBe('ab');
  });
});
