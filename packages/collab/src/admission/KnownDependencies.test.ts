import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { CloseCode } from '../closeCodes.js';
import { KnownDependencies } from './KnownDependencies.js';
import { seededRandom } from './seededRandom.js';

const admission = new KnownDependencies();

/** A client doc whose own updates (not those it receives) are collected, in order. */
function client(clientID: number) {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    if (tr.local) updates.push(update);
  });
  return { doc, updates, text: doc.getText('content') };
}

/** Whether Yjs itself, applying the update to a copy of the room, leaves anything pending. */
function leavesPending(room: Y.Doc, update: Uint8Array): boolean {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(room));
  Y.applyUpdate(copy, update);
  return copy.store.pendingStructs !== null || copy.store.pendingDs !== null;
}

interface ForgedItem {
  client: number;
  origin?: readonly [number, number];
  parent?: readonly [number, number];
  parentKey?: string;
  text: string;
}

/** An update written by hand in the v1 format, one string item per client, each at clock 0. */
function forgedUpdate(items: readonly ForgedItem[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, items.length);
  for (const item of items) {
    encoding.writeVarUint(encoder, 1); // structs of this client
    encoding.writeVarUint(encoder, item.client);
    encoding.writeVarUint(encoder, 0); // first clock
    encoding.writeUint8(encoder, (item.origin ? 0x80 : 0) | 4); // holds a string
    if (item.origin) {
      encoding.writeVarUint(encoder, item.origin[0]);
      encoding.writeVarUint(encoder, item.origin[1]);
    } else if (item.parentKey !== undefined) {
      encoding.writeVarUint(encoder, 1); // a root type, by name
      encoding.writeVarString(encoder, item.parentKey);
    } else {
      encoding.writeVarUint(encoder, 0); // a nested type, by the id of its item
      encoding.writeVarUint(encoder, item.parent![0]);
      encoding.writeVarUint(encoder, item.parent![1]);
    }
    encoding.writeVarString(encoder, item.text);
  }
  encoding.writeVarUint(encoder, 0); // no deletions
  return encoding.toUint8Array(encoder);
}

describe('KnownDependencies', () => {
  it('admits typing, concurrent edits and a sync that brings its own dependencies', () => {
    const room = new Y.Doc();
    const a = client(1);
    const b = client(2);
    a.text.insert(0, 'Mr. President,');
    for (const update of a.updates) {
      expect(admission.admit(update, room)).toBeUndefined();
      Y.applyUpdate(room, update);
    }
    // B learns A's text from the room, then both type at once.
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(room));
    b.text.insert(14, ' thank you');
    a.text.insert(0, 'Madam / ');
    // B deletes A's words: the deletion names items the room has.
    b.text.delete(0, 3);
    for (const update of [...b.updates, ...a.updates.slice(1)]) {
      expect(admission.admit(update, room)).toBeUndefined();
      Y.applyUpdate(room, update);
    }
    expect(room.store.pendingStructs).toBeNull();
    expect(room.store.pendingDs).toBeNull();

    // A third client offline wrote next to B's text; its sync carries B's and its own, interleaved.
    const c = client(3);
    const d = client(4);
    Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(room));
    c.text.insert(0, 'x');
    Y.applyUpdate(d.doc, Y.encodeStateAsUpdate(c.doc));
    d.text.insert(1, 'y');
    Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(d.doc));
    c.text.insert(2, 'z');
    const sync = Y.encodeStateAsUpdate(c.doc, Y.encodeStateVector(room));
    expect(admission.admit(sync, room)).toBeUndefined();
    expect(leavesPending(room, sync)).toBe(false);
  });

  it('refuses an update whose earlier changes from the same client never arrived', () => {
    const room = new Y.Doc();
    const a = client(1);
    a.text.insert(0, 'first');
    a.text.insert(5, ' second');
    const refusal = admission.admit(a.updates[1]!, room);
    expect(refusal?.code).toBe(CloseCode.UnseenDependencies);
    expect(refusal?.detail).toMatch(/update depends on 1:0–4/);
  });

  it('refuses text placed next to, or inside, another client’s text the room never got', () => {
    const room = new Y.Doc();
    const a = client(1);
    const b = client(2);
    a.text.insert(0, 'unseen');
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    b.text.insert(3, '!');
    expect(admission.admit(b.updates[0]!, room)?.code).toBe(CloseCode.UnseenDependencies);
    expect(leavesPending(room, b.updates[0]!)).toBe(true);

    // A new paragraph inside a map the room never got.
    const c = client(3);
    const map = a.doc.getMap('meta');
    a.doc.transact(() => map.set('list', new Y.Array()));
    Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(a.doc));
    (c.doc.getMap('meta').get('list') as Y.Array<string>).push(['item']);
    expect(admission.admit(c.updates.at(-1)!, room)?.code).toBe(CloseCode.UnseenDependencies);
  });

  it('refuses a deletion of text the room never got', () => {
    const room = new Y.Doc();
    const a = client(1);
    const b = client(2);
    a.text.insert(0, 'unseen');
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    b.text.delete(0, 2);
    const refusal = admission.admit(b.updates[0]!, room);
    expect(refusal?.detail).toMatch(/deleting 1:0\+2/);
    expect(leavesPending(room, b.updates[0]!)).toBe(true);
  });

  it('refuses two clients that wait for each other (a cycle Yjs would keep pending)', () => {
    const room = new Y.Doc();
    const a = client(1);
    const b = client(2);
    a.text.insert(0, 'a1');
    Y.applyUpdate(b.doc, a.updates[0]!);
    b.text.insert(2, 'b1');
    Y.applyUpdate(a.doc, b.updates[0]!);
    a.text.insert(4, 'a2');
    // A's second change and B's first, without A's first.
    const update = Y.mergeUpdates([b.updates[0]!, a.updates[1]!]);
    expect(admission.admit(update, room)?.code).toBe(CloseCode.UnseenDependencies);
    expect(leavesPending(room, update)).toBe(true);
  });

  it('refuses two forged items, each placed after the other (a cycle), without looping', () => {
    const update = forgedUpdate([
      { client: 2, origin: [1, 0], text: 'b' },
      { client: 1, origin: [2, 0], text: 'a' },
    ]);
    const room = new Y.Doc();
    expect(leavesPending(room, update)).toBe(true);
    expect(admission.admit(update, room)?.detail).toMatch(/update depends on \d+:\d+/);
  });

  it('refuses forged structs no Yjs client writes, which Yjs cannot integrate', () => {
    const room = new Y.Doc();
    room.getText('content').insert(0, 'x'); // client room.clientID, clock 0
    const cases = [
      { item: { client: 5, parentKey: 'content', text: '' }, why: /of length 0/ },
      {
        item: { client: 5, origin: [5, 3] as const, text: 'ab' },
        why: /placed by its own later change/,
      },
      {
        item: { client: 5, parent: [room.clientID, 0] as const, text: 'ab' },
        why: /inside a non-type/,
      },
    ];
    for (const { item, why } of cases) {
      const refusal = admission.admit(forgedUpdate([item]), room);
      expect(refusal?.code).toBe(CloseCode.MalformedMessage);
      expect(refusal?.detail).toMatch(why);
    }
  });

  // Differential: three clients edit, delete and sync with each other at random; the room gets
  // their updates, alone or merged, in a random order. The check must agree with Yjs itself.
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'agrees with Yjs on what would stay pending (seed %i)',
    (seed) => {
      const next = seededRandom(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
      const clients = [client(11), client(12), client(13)];
      const room = new Y.Doc();
      let refused = 0;
      let admitted = 0;
      for (let round = 0; round < 150; round += 1) {
        const writer = pick(clients);
        const length = writer.text.length;
        const roll = next();
        if (roll < 0.5 || length === 0) writer.text.insert(Math.floor(next() * (length + 1)), 'ab');
        else if (roll < 0.7) writer.text.delete(Math.floor(next() * length), 1);
        else {
          const source = pick(clients);
          if (source !== writer) Y.applyUpdate(writer.doc, Y.encodeStateAsUpdate(source.doc));
        }
        if (next() < 0.3) {
          const sender = pick(clients);
          const from = Math.floor(next() * sender.updates.length);
          const count = 1 + Math.floor(next() * 3);
          const chosen = sender.updates.slice(from, from + count);
          if (chosen.length === 0) continue;
          const update = Y.mergeUpdates(chosen);
          const pending = leavesPending(room, update);
          const refusal = admission.admit(update, room);
          expect(refusal !== undefined).toBe(pending);
          if (refusal) refused += 1;
          else {
            admitted += 1;
            Y.applyUpdate(room, update);
          }
        }
      }
      expect(room.store.pendingStructs).toBeNull();
      expect(room.store.pendingDs).toBeNull();
      expect(refused).toBeGreaterThan(0);
      expect(admitted).toBeGreaterThan(0);
    },
  );

  it('resolves a long chain of waits between two clients, and its break', () => {
    // 2,000 changes alternating between two clients, each after the other's: one sync update.
    const a = client(1);
    const b = client(2);
    for (let step = 0; step < 1_000; step += 1) {
      a.text.insert(a.text.length, 'a');
      Y.applyUpdate(b.doc, a.updates.at(-1)!);
      b.text.insert(b.text.length, 'b');
      Y.applyUpdate(a.doc, b.updates.at(-1)!);
    }
    const room = new Y.Doc();
    const sync = Y.encodeStateAsUpdate(a.doc);
    expect(admission.admit(sync, room)).toBeUndefined();
    expect(admission.admit(Y.mergeUpdates(b.updates), room)?.detail).toMatch(
      /update depends on 1:/,
    );
  });
});
