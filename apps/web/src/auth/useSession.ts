// Who is signed in, shared by every screen. Loaded once at start, replaced after
// sign-in, sign-up or sign-out, and re-checked whenever the server answers 401.
import { useSyncExternalStore } from 'react';
import { errorMessage } from '../api/ApiError';
import { UNAUTHENTICATED_EVENT } from '../api/apiRequest';
import { clearOfflineCopies } from '../collab/clearOfflineCopies';
import { sessionApi, type SessionUser } from './sessionApi';

export type SessionState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; user: SessionUser | null; needsSetup: boolean };

let state: SessionState = { status: 'loading' };
const listeners = new Set<() => void>();

function publish(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Asks the server who this browser is signed in as. */
export async function refreshSession(): Promise<void> {
  try {
    const { user, needsSetup } = await sessionApi.current();
    publish({ status: 'ready', user, needsSetup });
  } catch (error) {
    publish({ status: 'failed', message: errorMessage(error) });
  }
}

/** Records the account a sign-in, set-up or invitation has just opened a session for. */
export function setSessionUser(user: SessionUser | null): void {
  publish({ status: 'ready', user, needsSetup: false });
}

export async function signOut(): Promise<void> {
  await sessionApi.signOut();
  await clearOfflineCopies().catch(() => ({ kept: 0 }));
  setSessionUser(null);
}

window.addEventListener(UNAUTHENTICATED_EVENT, () => {
  if (state.status === 'ready' && state.user) void refreshSession();
});
void refreshSession();

export function useSession(): SessionState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
