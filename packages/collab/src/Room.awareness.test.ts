import { describe, expect, it, vi } from 'vitest';
import type { AwarenessIdentity } from './awarenessEntries.js';
import { decodeAwarenessEntries, encodeAwarenessEntries } from './awarenessEntries.js';
import { CloseCode } from './closeCodes.js';
import type { Connection } from './Connection.js';
import type { CompactionResult, DocumentStore } from './DocumentStore.js';
import * as encoding from 'lib0/encoding';
import { decodeClientMessage, encodeAwareness } from './protocol.js';
import { Room } from './Room.js';
import type { RoomBus } from './RoomBus.js';

const emptyStore: DocumentStore = {
  load: () => Promise.resolve([]),
  append: () => Promise.resolve(),
  appendBatch: () => Promise.resolve(),
  rowCount: () => Promise.resolve(0),
  compact: (): Promise<CompactionResult> => Promise.resolve({ rowsBefore: 0, rowsAfter: 0 }),
  remove: () => Promise.resolve(),
};

class Person implements Connection {
  closed: CloseCode | undefined;
  readonly readOnly = false;
  constructor(
    readonly id: string,
    readonly identity: AwarenessIdentity,
  ) {}
  send(): void {}
  close(code: CloseCode): void {
    this.closed = code;
  }
}

const duc = { userId: 'u-duc', name: 'Duc', color: '#1f5f99' };
const victor = { userId: 'u-victor', name: 'Victor', color: '#a03a16' };
const frame = (clientId: number, clock: number, state: unknown) =>
  encodeAwareness(encodeAwarenessEntries([{ clientId, clock, state }]));
const nameOf = (room: Room, clientId: number) =>
  (room.awareness.getStates().get(clientId) as { user?: { name?: string } } | undefined)?.user
    ?.name;

describe('Room awareness is bound to the connection', () => {
  it('names each entry from the session, whatever the client says', async () => {
    const room = await Room.load('s', emptyStore);
    const connection = new Person('c1', duc);
    room.join(connection);
    await room.receive(connection, frame(7, 1, { user: { name: 'The Ambassador' }, cursor: 3 }));
    expect(room.awareness.getStates().get(7)).toEqual({
      user: { name: 'Duc', color: '#1f5f99' },
      cursor: 3,
    });
  });

  it('drops an entry for a client id another person introduced', async () => {
    const room = await Room.load('s', emptyStore);
    const author = new Person('c1', duc);
    const forger = new Person('c2', victor);
    room.join(author);
    room.join(forger);
    await room.receive(author, frame(7, 1, { user: { name: 'Duc' } }));
    await room.receive(forger, frame(7, 9, { user: { name: 'SPOOFED' } }));
    await room.receive(forger, frame(7, 10, null));
    expect(nameOf(room, 7)).toBe('Duc');
    expect(forger.closed).toBeUndefined();
    // The author keeps speaking for it.
    await room.receive(author, frame(7, 2, { typing: true }));
    expect(room.awareness.getStates().get(7)).toMatchObject({ typing: true });
  });

  it('ignores echoes from the same person but lets a reconnect take over its own id', async () => {
    const room = await Room.load('s', emptyStore);
    const tab = new Person('c1', duc);
    const otherTab = new Person('c2', duc);
    room.join(tab);
    room.join(otherTab);
    await room.receive(tab, frame(7, 3, { user: {} }));
    await room.receive(otherTab, frame(7, 3, { user: {} }));
    room.leave(otherTab);
    expect(room.awareness.getStates().has(7)).toBe(true);
    const reconnected = new Person('c3', duc);
    room.join(reconnected);
    await room.receive(reconnected, frame(7, 4, { user: {}, cursor: 1 }));
    room.leave(tab);
    expect(room.awareness.getStates().get(7)).toMatchObject({ cursor: 1 });
  });

  it('closes a connection whose own entry is not JSON, but drops an unread echo', async () => {
    const room = await Room.load('s', emptyStore);
    const author = new Person('c1', duc);
    const echoer = new Person('c2', victor);
    room.join(author);
    room.join(echoer);
    await room.receive(author, frame(7, 1, { cursor: 1 }));
    // An entry for an id the author holds is dropped before its state is read.
    await room.receive(echoer, rawFrame(7, 1, '{not json'));
    expect(echoer.closed).toBeUndefined();
    await room.receive(echoer, rawFrame(8, 1, '{not json'));
    expect(echoer.closed).toBe(CloseCode.MalformedMessage);
    expect(room.awareness.getStates().has(8)).toBe(false);
    // A state cut short is malformed whoever it would speak for.
    await room.receive(author, encodeAwareness(Uint8Array.of(1, 7, 2, 40, 123)));
    expect(author.closed).toBe(CloseCode.MalformedMessage);
  });

  it('frees the ids of a connection that leaves for the next one', async () => {
    const room = await Room.load('s', emptyStore);
    const first = new Person('c1', duc);
    room.join(first);
    await room.receive(first, frame(7, 5, { cursor: 1 }));
    room.leave(first);
    expect(room.awareness.getStates().has(7)).toBe(false);
    const next = new Person('c2', victor);
    room.join(next);
    await room.receive(next, frame(7, 10, { cursor: 2 }));
    expect(nameOf(room, 7)).toBe('Victor');
    // A null state gives the id up: someone else may then introduce it.
    await room.receive(next, frame(7, 11, null));
    const third = new Person('c3', duc);
    room.join(third);
    await room.receive(third, frame(7, 12, { cursor: 3 }));
    expect(nameOf(room, 7)).toBe('Duc');
    await room.receive(next, frame(7, 13, { cursor: 4 }));
    expect(nameOf(room, 7)).toBe('Duc');
  });
});

/** The client ids of an awareness update, and of an awareness frame. */
const idsOf = (update: Uint8Array) => decodeAwarenessEntries(update).map((e) => e.clientId);
const frameIds = (sent: Uint8Array) => {
  const message = decodeClientMessage(sent);
  return message.kind === 'awareness' ? idsOf(message.update) : [];
};
const endOfTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('Awareness changes sent together', () => {
  it('sends the changes of one turn as one frame to everyone, with each id’s latest entry', async () => {
    const room = await Room.load('s', emptyStore);
    const people = [new Person('c1', duc), new Person('c2', victor)];
    const sent: Uint8Array[] = [];
    people[0]!.send = (frame: Uint8Array) => void sent.push(frame);
    people.forEach((person) => room.join(person));
    sent.length = 0;
    await room.receive(people[0]!, frame(7, 1, { cursor: 1 }));
    await room.receive(people[1]!, frame(8, 1, { cursor: 1 }));
    await room.receive(people[0]!, frame(7, 2, { cursor: 2 }));
    // Applied at once; sent at the end of the turn.
    expect(room.awareness.getStates().get(7)).toMatchObject({ cursor: 2 });
    expect(sent).toHaveLength(0);
    await endOfTurn();
    expect(sent.map(frameIds)).toEqual([[7, 8]]);
    const message = decodeClientMessage(sent[0]!);
    const entries = message.kind === 'awareness' ? decodeAwarenessEntries(message.update) : [];
    expect(entries.find((entry) => entry.clientId === 7)).toMatchObject({
      clock: 2,
      state: { cursor: 2, user: { name: 'Duc' } },
    });
  });

  it('publishes only the changes made here, and a closing room’s removals', async () => {
    const published: Uint8Array[] = [];
    let fromOthers: ((update: Uint8Array) => void) | undefined;
    const bus: RoomBus = {
      publishUpdate: () => undefined,
      publishAwareness: (_room, update) => void published.push(update),
      subscribe: (_room, handlers) => {
        fromOthers = handlers.awareness;
        return () => undefined;
      },
    };
    const room = await Room.load('s', emptyStore, {}, { bus });
    const here = new Person('c1', duc);
    room.join(here);
    await room.receive(here, frame(7, 1, { cursor: 1 }));
    fromOthers!(encodeAwarenessEntries([{ clientId: 9, clock: 1, state: { cursor: 5 } }]));
    await endOfTurn();
    expect(published.map(idsOf)).toEqual([[7]]);
    expect(room.awareness.getStates().has(9)).toBe(true);
    await room.close(CloseCode.ServiceRestart);
    expect(published.map(idsOf)).toEqual([[7], [7]]);
    expect(decodeAwarenessEntries(published[1]!)[0]?.state).toBeNull();
  });
});

describe('Outdated awareness states', () => {
  it('are removed once not renewed for 30 s, by one timer for every room, and the removal is sent', async () => {
    vi.useFakeTimers();
    // A fresh module: the shared timer of the rooms other tests left open runs on real time.
    vi.resetModules();
    const { Room: FreshRoom } = await import('./Room.js');
    try {
      const rooms = [await FreshRoom.load('a', emptyStore), await FreshRoom.load('b', emptyStore)];
      const people = [new Person('c1', duc), new Person('c2', victor)];
      const sent: Uint8Array[] = [];
      people[0]!.send = (frame: Uint8Array) => void sent.push(frame);
      rooms.forEach((room, i) => room.join(people[i]!));
      await rooms[0]!.receive(people[0]!, frame(7, 1, { cursor: 1 }));
      await rooms[1]!.receive(people[1]!, frame(8, 1, { cursor: 1 }));
      vi.advanceTimersByTime(20_000);
      // Renewed in one room only.
      await rooms[1]!.receive(people[1]!, frame(8, 2, { cursor: 2 }));
      sent.length = 0;
      vi.advanceTimersByTime(13_000);
      expect(rooms[0]!.awareness.getStates().has(7)).toBe(false);
      expect(rooms[1]!.awareness.getStates().has(8)).toBe(true);
      expect(sent).toHaveLength(1);
      vi.advanceTimersByTime(20_000);
      expect(rooms[1]!.awareness.getStates().has(8)).toBe(false);
      for (const room of rooms) await room.close(CloseCode.ServiceRestart);
    } finally {
      vi.useRealTimers();
    }
  });
});

/** A one-entry awareness frame whose state is the given text, JSON or not. */
function rawFrame(clientId: number, clock: number, text: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, text);
  return encodeAwareness(encoding.toUint8Array(encoder));
}
