// Until accounts exist, a person is a display name (and its colour) kept in this
// browser's localStorage. Other tabs pick up a change through the storage event.
import { useSyncExternalStore } from 'react';
import { colorForName } from './colorForName';

export interface UserIdentity {
  name: string;
  color: string;
}

export const DISPLAY_NAME_MAX_LENGTH = 60;
const STORAGE_KEY = 'plenary:identity';
const listeners = new Set<() => void>();
let current: UserIdentity | null = readStored();

function readStored(): UserIdentity | null {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'name' in parsed &&
      typeof parsed.name === 'string'
    ) {
      const name = parsed.name.trim();
      return name ? { name, color: colorForName(name) } : null;
    }
  } catch {
    // Unreadable or blocked storage: ask for the name again rather than fail.
  }
  return null;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    current = readStored();
    notify();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The person using this browser, or null before they have given a name. */
export function useIdentity(): UserIdentity | null {
  return useSyncExternalStore(subscribe, () => current);
}

/** Remembers the display name on this device and tells every subscriber. */
export function saveDisplayName(rawName: string): UserIdentity {
  const name = rawName.trim().slice(0, DISPLAY_NAME_MAX_LENGTH);
  current = { name, color: colorForName(name) };
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ name }));
  } catch {
    // Storage full or disabled: the name still applies for this visit.
  }
  notify();
  return current;
}
