// Links to one comment thread: the statement's page with `#thread-<id>`, which the editor
// reads on opening, or on request when the statement is already open.
import { navigate, statementPath } from '../routing/useRoute';

const PREFIX = '#thread-';
const REQUESTED = 'plenary:thread-requested';

export function threadPath(statementId: string, threadId: string): string {
  return `${statementPath(statementId)}${PREFIX}${encodeURIComponent(threadId)}`;
}

/** The thread named in the address, if any. */
export function requestedThread(): string | null {
  const { hash } = window.location;
  return hash.startsWith(PREFIX) ? decodeURIComponent(hash.slice(PREFIX.length)) : null;
}

/** Forgets the request once it has been shown, so a reload does not jump back to it. */
export function clearThreadRequest(): void {
  if (!requestedThread()) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}

/** Goes to a thread; an already open statement is told directly. */
export function openThread(statementId: string, threadId: string): void {
  navigate(threadPath(statementId, threadId));
  window.dispatchEvent(new Event(REQUESTED));
}

/** Calls `onRequest` whenever a thread is asked for while the page is open. */
export function onThreadRequest(onRequest: () => void): () => void {
  window.addEventListener(REQUESTED, onRequest);
  window.addEventListener('hashchange', onRequest);
  return () => {
    window.removeEventListener(REQUESTED, onRequest);
    window.removeEventListener('hashchange', onRequest);
  };
}
