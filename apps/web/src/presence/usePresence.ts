// Who has this statement open, read from Yjs awareness. One person with two tabs
// open is still one person, so entries are merged by name and colour.
import { useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

export interface PresentPerson {
  key: string;
  name: string;
  color: string;
  isSelf: boolean;
}

function personOf(state: unknown): { name: string; color: string } | null {
  if (typeof state !== 'object' || state === null || !('user' in state)) return null;
  const { user } = state;
  if (typeof user !== 'object' || user === null) return null;
  const name = 'name' in user && typeof user.name === 'string' ? user.name.trim() : '';
  const color = 'color' in user && typeof user.color === 'string' ? user.color : '#5b6470';
  return name ? { name, color } : null;
}

/** People present, yourself first, then by name. */
export function presentPeople(awareness: Awareness): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const [clientId, state] of awareness.getStates()) {
    const person = personOf(state);
    if (!person) continue;
    const key = `${person.name}\u0000${person.color}`;
    const isSelf = clientId === awareness.clientID;
    const existing = people.get(key);
    if (!existing || isSelf)
      people.set(key, { key, ...person, isSelf: isSelf || (existing?.isSelf ?? false) });
  }
  return [...people.values()].sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name),
  );
}

const cache = new WeakMap<Awareness, { signature: string; people: PresentPerson[] }>();

function snapshotOf(awareness: Awareness): PresentPerson[] {
  const people = presentPeople(awareness);
  const signature = people.map((p) => `${p.key}:${p.isSelf}`).join('|');
  const cached = cache.get(awareness);
  if (cached?.signature === signature) return cached.people;
  cache.set(awareness, { signature, people });
  return people;
}

const EMPTY: PresentPerson[] = [];

export function usePresence(awareness: Awareness | null): PresentPerson[] {
  return useSyncExternalStore(
    (onChange) => {
      // 'change' skips the periodic heartbeats that 'update' also reports.
      awareness?.on('change', onChange);
      return () => awareness?.off('change', onChange);
    },
    () => (awareness ? snapshotOf(awareness) : EMPTY),
  );
}
