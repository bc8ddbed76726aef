// y-protocols' `applyAwarenessUpdate`, on entries the server has already read and checked: the
// same states, clocks and events, without decoding and parsing the update a second time.
import { equalityDeep } from 'lib0/function';
import type * as awarenessProtocol from 'y-protocols/awareness';
import type { AwarenessEntry } from './awarenessEntries.js';

type StateMap = Map<number, { [key: string]: unknown }>;

export function applyAwarenessEntries(
  awareness: awarenessProtocol.Awareness,
  entries: readonly AwarenessEntry[],
  origin: unknown,
): void {
  const states = awareness.states as StateMap;
  const timestamp = Date.now();
  const added: number[] = [];
  const updated: number[] = [];
  const filteredUpdated: number[] = [];
  const removed: number[] = [];
  for (const { clientId, clock: sent, state } of entries) {
    let clock = sent;
    const clientMeta = awareness.meta.get(clientId);
    const prevState = states.get(clientId);
    const currClock = clientMeta === undefined ? 0 : clientMeta.clock;
    const newer = currClock < clock;
    if (!newer && !(currClock === clock && state === null && states.has(clientId))) continue;
    if (state === null) {
      // Never lets a remote client remove the local state: its clock moves on instead.
      if (clientId === awareness.clientID && awareness.getLocalState() !== null) clock += 1;
      else states.delete(clientId);
    } else {
      states.set(clientId, state as { [key: string]: unknown });
    }
    awareness.meta.set(clientId, { clock, lastUpdated: timestamp });
    if (clientMeta === undefined && state !== null) {
      added.push(clientId);
    } else if (clientMeta !== undefined && state === null) {
      removed.push(clientId);
    } else if (state !== null) {
      if (!equalityDeep(state, prevState)) filteredUpdated.push(clientId);
      updated.push(clientId);
    }
  }
  if (added.length > 0 || filteredUpdated.length > 0 || removed.length > 0) {
    awareness.emit('change', [{ added, updated: filteredUpdated, removed }, origin]);
  }
  if (added.length > 0 || updated.length > 0 || removed.length > 0) {
    awareness.emit('update', [{ added, updated, removed }, origin]);
  }
}
