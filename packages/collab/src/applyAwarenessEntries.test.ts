// The server applies checked entries itself; it must leave the awareness exactly as
// y-protocols' applyAwarenessUpdate would, events included.
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { applyAwarenessEntries } from './applyAwarenessEntries.js';
import { decodeAwarenessEntries, encodeAwarenessEntries } from './awarenessEntries.js';

type Event = [string, unknown];

function observed(): { awareness: awarenessProtocol.Awareness; events: Event[] } {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(null);
  const events: Event[] = [];
  for (const name of ['change', 'update'] as const) {
    awareness.on(name, (change: unknown, origin: unknown) =>
      events.push([name, { change, origin }]),
    );
  }
  return { awareness, events };
}

// Each awareness also holds its own (local) client id, which differs between the two.
const clocks = (awareness: awarenessProtocol.Awareness) =>
  [...awareness.meta]
    .filter(([id]) => id !== awareness.clientID)
    .map(([id, meta]) => [id, meta.clock]);

describe('applyAwarenessEntries', () => {
  it('matches applyAwarenessUpdate over a random run of entries', () => {
    const seed = 20_261_204;
    let state = seed;
    const random = (n: number): number => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state % n;
    };
    const ours = observed();
    const theirs = observed();
    for (let step = 0; step < 400; step += 1) {
      const entries = Array.from({ length: 1 + random(3) }, () => ({
        clientId: 1 + random(4),
        // Mostly moving on, sometimes the same clock again or an older one.
        clock: Math.max(0, Math.floor(step / 3) - 1 + random(3)),
        state: random(5) === 0 ? null : { cursor: random(3), user: { name: `n${random(2)}` } },
      }));
      const update = encodeAwarenessEntries(entries);
      applyAwarenessEntries(ours.awareness, decodeAwarenessEntries(update), 'origin');
      awarenessProtocol.applyAwarenessUpdate(theirs.awareness, update, 'origin');
      expect(ours.awareness.getStates(), `seed ${seed}, step ${step}`).toEqual(
        theirs.awareness.getStates(),
      );
      expect(clocks(ours.awareness)).toEqual(clocks(theirs.awareness));
    }
    expect(ours.events).toEqual(theirs.events);
    expect(ours.events.length).toBeGreaterThan(100);
  });
});
